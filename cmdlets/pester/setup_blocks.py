"""BeforeAll, AfterAll, BeforeEach and AfterEach. Describe and Context find these in their body
before it runs (as Pester 4 does); when the body itself reaches them, they have nothing left to do."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.types import ScriptBlockType


class _SetupBlock(Cmdlet):
    script_block = Parameter(ScriptBlockType, position=0, mandatory=True, name="Scriptblock",
                             help="The code to run.")

    def end(self) -> None:
        state = self.context.module_state("Pester")
        if not state.frames:
            self.throw_terminating(self.error_record(
                f"{self.command_word} may only be used inside a Describe or Context block.",
                "SetupOutsideDescribe", ErrorCategory.InvalidOperation))


class BeforeAll(_SetupBlock):
    """Runs once before the tests of the enclosing Describe or Context (Pester)."""

    command_word = "BeforeAll"
    examples = (Example('Describe "x" { BeforeAll { $roles = Get-CsAdminRole }; It "found roles" { $roles | Should -Not -BeNullOrEmpty } }',
                        "Fetches data once for every test in the block."),)


class AfterAll(_SetupBlock):
    """Runs once after the tests of the enclosing Describe or Context (Pester)."""

    command_word = "AfterAll"
    examples = (Example('Describe "x" { AfterAll { Remove-Variable -Name temp -ErrorAction SilentlyContinue }; It "runs" { 1 | Should -Be 1 } }',
                        "Cleans up after the block."),)


class BeforeEach(_SetupBlock):
    """Runs before each test of the enclosing Describe or Context, in the test's scope (Pester)."""

    command_word = "BeforeEach"
    examples = (Example('Describe "x" { BeforeEach { $n = 1 }; It "sees n" { $n | Should -Be 1 } }',
                        "Prepares a fresh value for each test."),)


class AfterEach(_SetupBlock):
    """Runs after each test of the enclosing Describe or Context, even when the test failed (Pester)."""

    command_word = "AfterEach"
    examples = (Example('Describe "x" { AfterEach { $n = $null }; It "runs" { 1 | Should -Be 1 } }',
                        "Tidies up after each test."),)
