"""[Environment]::SetEnvironmentVariable changes the session's variables, never the process's, so
two sessions in one process stay apart."""
from __future__ import annotations

import os

from pyshell.shell import Shell


def test_set_environment_variable_stays_in_its_session() -> None:
    name = "PYSHELL_ENV_STATIC_TEST"
    assert name not in os.environ
    first, second = Shell(store=":memory:"), Shell(store=":memory:")
    r = first.run(f'[Environment]::SetEnvironmentVariable("{name}", "one"); $env:{name}')
    assert r.output.strip() == "one" and r.success
    assert name not in os.environ
    r = second.run(f'$null -eq [Environment]::GetEnvironmentVariable("{name}")')
    assert r.output.strip() == "True"
