"""A Pester 4 compatible test runner: Describe, Context, It, the setup blocks, Should, Mock,
Assert-MockCalled, Invoke-Pester, and the TestDrive (with Setup). The cmdlets are imported the first
time a script uses one."""
from pyshell.commands.module import Module, deferred

MODULE = Module(
    name="Pester",
    package=__name__,
    commands={
        "Describe": ".blocks:Describe",
        "Context": ".blocks:Context",
        "It": ".it:It",
        "BeforeAll": ".setup_blocks:BeforeAll",
        "AfterAll": ".setup_blocks:AfterAll",
        "BeforeEach": ".setup_blocks:BeforeEach",
        "AfterEach": ".setup_blocks:AfterEach",
        "Should": ".should:Should",
        "Mock": ".mock:Mock",
        "Assert-MockCalled": ".mock:AssertMockCalled",
        "Invoke-Pester": ".invoke_pester:InvokePester",
        "Setup": ".setup:Setup",
    },
    state_factory=deferred("cmdlets.pester.state:new_state"),
    description="Pester 4 compatible testing: describe behaviour, check it with Should, replace commands with Mock.",
)
