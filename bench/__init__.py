"""pyshell's benchmark suite (issue #8): B1 to B8, each a ratio against a Python baseline measured
in the same run. Run it with `python -m bench`; it is not part of the test run."""
