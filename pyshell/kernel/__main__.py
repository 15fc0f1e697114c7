"""`python -m pyshell.kernel install [--user | --sys-prefix | --prefix DIR]` registers the kernel;
`python -m pyshell.kernel -f CONNECTION_FILE` runs it (what Jupyter does)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("install", "uninstall"):
        from pyshell.kernel.install import main as install_main
        return install_main(argv)
    try:
        from ipykernel.kernelapp import IPKernelApp
        from pyshell.kernel.kernel import PyShellKernel
    except ImportError as exc:
        sys.stderr.write(f"pyshell: the Jupyter kernel needs the jupyter extra (pip install 'pyshell[jupyter]'): "
                         f"{exc}\n")
        return 1
    IPKernelApp.launch_instance(argv=argv, kernel_class=PyShellKernel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
