"""`python -m pyshell` and the `pyshell` console script."""
import os
import sys


def main() -> None:
    from pyshell.cli import main as cli_main
    code = cli_main()
    # By now the session has closed its store, transcripts and files, and pyshell starts no threads
    # and registers no atexit handlers. What is left of a normal exit is the interpreter taking every
    # loaded module apart, which cost about 8 ms (a sixth of `pyshell -Command exit`): skip it, once
    # what was written is flushed.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass                    # a closed pipe (pyshell ... | head): nothing more can be said there
    os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    main()
