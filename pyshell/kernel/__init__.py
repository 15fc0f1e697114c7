"""The pyshell Jupyter kernel: every cell runs in one pyshell session (`pip install pyshell[jupyter]`).

    pyshell --install-kernel                     register it for this user
    python -m pyshell.kernel install --user      the same; --sys-prefix or --prefix for an environment
    python -m pyshell.kernel -f CONNECTION_FILE  what Jupyter runs

Nothing outside this package imports it, so the engine never loads Jupyter's libraries.
"""
KERNEL_NAME = "pyshell"
DISPLAY_NAME = "pyshell (PowerShell 5.1, Lync 2013)"
