"""Registering the kernel with Jupyter: a kernel.json that starts `python -m pyshell.kernel`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

from pyshell.kernel import DISPLAY_NAME, KERNEL_NAME


def kernel_spec() -> dict:
    return {"argv": [sys.executable, "-m", "pyshell.kernel", "-f", "{connection_file}"],
            "display_name": DISPLAY_NAME, "language": "powershell",
            "metadata": {"debugger": False}}


def write_spec(folder: str) -> str:
    """Write kernel.json into `folder` (created if need be); returns the folder."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "kernel.json"), "w", encoding="utf-8") as fh:
        json.dump(kernel_spec(), fh, indent=1)
    return folder


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pyshell.kernel", description="Register the pyshell kernel.")
    parser.add_argument("action", choices=("install", "uninstall"))
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for the current user (the default)")
    where.add_argument("--sys-prefix", action="store_true", help="in this Python environment")
    where.add_argument("--prefix", help="under this prefix")
    parser.add_argument("--name", default=KERNEL_NAME, help="the kernel's name (default: pyshell)")
    args = parser.parse_args(argv)
    try:
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError:
        sys.stderr.write("pyshell: registering the kernel needs jupyter_client; install pyshell with the jupyter "
                         "extra: pip install 'pyshell[jupyter]'\n")
        return 1
    manager = KernelSpecManager()
    if args.action == "uninstall":
        try:
            manager.remove_kernel_spec(args.name)
        except KeyError:
            sys.stderr.write(f"pyshell: no kernel named '{args.name}' is registered.\n")
            return 1
        sys.stdout.write(f"Removed the {args.name} kernel.\n")
        return 0
    prefix = sys.prefix if args.sys_prefix else args.prefix
    with tempfile.TemporaryDirectory() as tmp:
        source = write_spec(os.path.join(tmp, args.name))
        try:
            target = manager.install_kernel_spec(source, kernel_name=args.name, user=prefix is None, prefix=prefix)
        except OSError as exc:
            sys.stderr.write(f"pyshell: cannot register the kernel: {exc.strerror or exc}\n")
            return 1
    sys.stdout.write(f"Installed the {args.name} kernel ({DISPLAY_NAME}) in {target}\n")
    return 0
