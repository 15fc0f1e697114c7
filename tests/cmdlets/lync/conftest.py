"""Fixtures for the Lync module tests: a tiny stand-in for the engine's command runtime."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pyshell.language.source import MISSING  # noqa: E402

from cmdlets.lync import MODULE  # noqa: E402


class FakeContext:
    """Just what the Lync cmdlets use of the session: settings and per-module state."""

    def __init__(self, settings: dict):
        self.settings = settings
        self._states: dict[str, object] = {}

    def module_state(self, name: str):
        if name not in self._states:
            assert name == MODULE.name
            self._states[name] = MODULE.state_factory(self)
        return self._states[name]

    def close(self) -> None:
        for state in self._states.values():
            state.close()


class FakeRuntime:
    def __init__(self, context: FakeContext):
        self.context = context
        self.extent = MISSING
        self.output: list = []
        self.errors: list = []
        self.streams: list = []

    def emit(self, obj) -> None:
        self.output.append(obj)

    def emit_error(self, record) -> None:
        self.errors.append(record)

    def write_stream(self, stream: str, text: str) -> None:
        self.streams.append((stream, text))


def run_cmdlet(context: FakeContext, cls, set_name: str = "", **params):
    """Run one cmdlet's process() with parameters set by attribute, as the binder would."""
    runtime = FakeRuntime(context)
    cmd = cls(runtime)
    bound = {}
    for attr, value in params.items():
        setattr(cmd, attr, value)
        bound[getattr(cls, attr).name] = value
    cmd.bound_parameters = bound
    cmd.parameter_set_name = set_name or cls.default_set or ""
    cmd.begin()
    cmd.process()
    cmd.end()
    return runtime


@pytest.fixture
def memory_context():
    ctx = FakeContext({"store": ":memory:"})
    yield ctx
    ctx.close()


@pytest.fixture
def file_context(tmp_path):
    ctx = FakeContext({"store": str(tmp_path / "cms.db")})
    yield ctx
    ctx.close()


@pytest.fixture
def run():
    """run(context, CmdletClass, set_name="", attr=value, ...) -> the FakeRuntime after process()."""
    return run_cmdlet


@pytest.fixture
def make_context():
    """make_context(settings) -> a FakeContext, closed after the test."""
    made: list[FakeContext] = []

    def make(settings: dict) -> FakeContext:
        ctx = FakeContext(settings)
        made.append(ctx)
        return ctx
    yield make
    for ctx in made:
        ctx.close()
