"""`python -m pyshell` and the `pyshell` console script."""
import sys


def main() -> None:
    from pyshell.cli import main as cli_main
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
