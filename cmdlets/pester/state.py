"""What a Pester run keeps per session: the stack of Describe/Context blocks, their setup and
teardown blocks, the results, and the mocks with their call history."""
from __future__ import annotations

import itertools
import time
from pyshell.structs import dataclass, field
from pyshell.language import nodes as N

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

HOISTED = ("beforeall", "afterall", "beforeeach", "aftereach")


@dataclass
class Frame:
    kind: str                                   # "Describe" or "Context"
    name: str
    id: int
    hoisted: dict[str, list[Any]] = field(default_factory=lambda: {k: [] for k in HOISTED})


@dataclass
class TestResult:
    file: str
    describe: str
    context: str
    name: str
    result: str                                 # Passed, Failed, Skipped, Pending
    message: str = ""
    where: str = ""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.result == "Passed"


@dataclass
class MockCall:
    command: str
    bound: Any
    frames: tuple[int, ...]
    it_id: int


@dataclass
class MockDefinition:
    body: Any
    parameter_filter: Any
    verifiable: bool
    frame_id: int
    used: bool = False


class PesterState:
    def __init__(self) -> None:
        self.frames: list[Frame] = []
        self.results: list[TestResult] = []
        self.file = ""
        self._ids = itertools.count(1)
        self.current_it = 0
        self.calls: list[MockCall] = []
        self.mocks: dict[str, list[MockDefinition]] = {}
        self.started = time.monotonic()
        self.reporter: Any = None
        self.describe_filter: Any = None        # Invoke-Pester -TestName: which Describe blocks run
        self.in_run = False                     # inside Invoke-Pester (which decides about reporting)

    def new_id(self) -> int:
        return next(self._ids)

    def record_group_failure(self, frame: Frame, record: Any) -> None:
        """An error outside every It fails the group: Pester 4 reports it as one failed test."""
        describe, context = self.path()
        result = TestResult(self.file, describe, context, f"Error occurred in {frame.kind} block", "Failed",
                            record.message, _where(record))
        self.results.append(result)
        if self.reporter:
            self.reporter.test(result, len(self.frames))

    def path(self) -> tuple[str, str]:
        describe = next((f.name for f in self.frames if f.kind == "Describe"), "")
        context = next((f.name for f in reversed(self.frames) if f.kind == "Context"), "")
        return describe, context


def hoisted_blocks(body: N.ScriptBlock) -> dict[str, list[N.ScriptBlockExpression]]:
    """BeforeAll/AfterAll/BeforeEach/AfterEach found at the top level of a block's body (Pester 4
    finds them by reading the block's syntax tree, before the body runs)."""
    found: dict[str, list[N.ScriptBlockExpression]] = {k: [] for k in HOISTED}
    named = body.end.statements if body.end else ()
    for stmt in named:
        if not (isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and isinstance(stmt.elements[0], N.Command)):
            continue
        cmd = stmt.elements[0]
        first = cmd.elements[0]
        if not isinstance(first, N.StringConstant) or first.value.lower() not in HOISTED:
            continue
        blocks = [e for e in cmd.elements[1:] if isinstance(e, N.ScriptBlockExpression)]
        blocks += [e.argument for e in cmd.elements[1:] if isinstance(e, N.CommandParameter)
                   and isinstance(e.argument, N.ScriptBlockExpression)]
        found[first.value.lower()].extend(blocks)
    return found


def _where(record: Any) -> str:
    ext = getattr(record, "extent", None)
    if ext is None or ext.source is None:
        return ""
    line = ext.source.line_text(ext.start_line)
    return f"{ext.start_line}: {line}\nat <ScriptBlock>, {ext.source.name or '<No file>'}: line {ext.start_line}"


def new_state(context: object) -> PesterState:
    """Module.state_factory: a session's Pester state, made when a Pester command first runs."""
    return PesterState()
