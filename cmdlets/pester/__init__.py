"""A Pester 4 compatible test runner: Describe, Context, It, the setup blocks, Should, Mock,
Assert-MockCalled, Invoke-Pester, and the TestDrive (with Setup)."""
from cmdlets.pester.blocks import Context, Describe
from cmdlets.pester.invoke_pester import InvokePester
from cmdlets.pester.it import It
from cmdlets.pester.mock import AssertMockCalled, Mock
from cmdlets.pester.setup import Setup
from cmdlets.pester.setup_blocks import AfterAll, AfterEach, BeforeAll, BeforeEach
from cmdlets.pester.should import Should
from cmdlets.pester.state import PesterState
from pyshell.commands.module import Module


def _state(context: object) -> PesterState:
    return PesterState()


MODULE = Module(
    name="Pester",
    cmdlets=(Describe, Context, It, BeforeAll, AfterAll, BeforeEach, AfterEach, Should, Mock, AssertMockCalled,
             InvokePester, Setup),
    state_factory=_state,
    description="Pester 4 compatible testing: describe behaviour, check it with Should, replace commands with Mock.",
)
