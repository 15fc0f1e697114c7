"""pyshell: a PowerShell-compatible object-pipeline shell."""

__version__ = "0.1.0"

# The PowerShell version whose behaviour pyshell follows (Windows PowerShell 5.1).
EMULATED_PS_VERSION = "5.1"
