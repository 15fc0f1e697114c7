"""Escape attempts (issue 9): nothing written in the language reaches a Python object, Python's
own functions, the operating system or .NET reflection. Each attempt ends as Windows PowerShell
would end it for a shell that does not have the thing asked for: an absent member ($null), a
method that is not there, a type that cannot be found, a command that is not recognised, or the
construct's own error — and in every case no Python text is shown (safetylib checks each run)."""
from __future__ import annotations

import os

import pytest

from safetylib import first_id

# One value of every kind a script can hold.
VALUES = {
    "string": '"text"',
    "number": "42",
    "double": "1.5",
    "array": "@(1, 2)",
    "hashtable": "@{a = 1}",
    "custom object": "[pscustomobject]@{a = 1}",
    "script block": "{ 1 }",
    "type literal": "[string]",
    "type information": '"x".GetType()',
    "date": "(Get-Date)",
    "error record": "$(try { 1/0 } catch { $_ })",
    "exception": "$(try { 1/0 } catch { $_.Exception })",
    "Lync object": "(Get-CsAdminRole -Identity CsHelpDesk)",
    "$Host": "$Host",
    "$PSVersionTable": "$PSVersionTable",
    "member definition": '(Get-Member -InputObject "x" -Name Length)',
    "command information": "(Get-Command Get-CsAdminRole)",
    "$null": "$null",
}

DUNDERS = ["__class__", "__dict__", "__globals__", "__subclasses__", "__builtins__", "__mro__", "__base__",
           "__bases__", "__init__", "__module__", "__code__", "__closure__", "__self__", "__func__", "__doc__",
           "__name__", "__reduce__", "__getattribute__", "__call__", "__wrapped__", "__traceback__"]


@pytest.mark.parametrize("kind", VALUES)
def test_dunder_members_are_absent_members(sh, kind):
    reads = "; ".join(f"$v.{d}" for d in DUNDERS)
    r = sh(f"$v = {VALUES[kind]}; @(@({reads}) | Where-Object {{ $null -ne $_ }}).Count")
    assert r.output == "0\n" and r.ids == []


@pytest.mark.parametrize("kind", VALUES)
def test_dunder_methods_are_methods_that_do_not_exist(sh, kind):
    for dunder in ("__subclasses__", "__reduce__", "__getattribute__", "__init__", "__call__", "__dir__"):
        r = sh(f"$v = {VALUES[kind]}; $v.{dunder}('x')")
        assert r.output == ""
        if kind == "$null":
            assert r.ids == ["InvokeMethodOnNull"]
        else:
            assert r.ids == ["MethodNotFound"], r.errors
            assert f"does not contain a method named '{dunder}'." in r.messages[0]


def test_dunder_chains_stop_at_the_first_missing_member(sh):
    assert sh('"x".__class__.__base__.__subclasses__()').ids == ["InvokeMethodOnNull"]
    assert sh("(1).__class__.__mro__[1]").ids == ["NullArray"]
    assert sh("[string].__class__.__init__.__globals__['__builtins__']").ids == ["NullArray"]
    r = sh("$x = @{}; $x.__class__ = 'y'; $x.__class__; $x.Count")
    assert r.output == "y\n1\n"      # a hashtable takes any key: it is data, not an attribute


def test_setting_a_dunder_property_on_an_object_is_a_missing_property(sh):
    r = sh("$o = [pscustomobject]@{a = 1}; $o.__class__ = 'x'")
    assert r.ids == ["PropertyAssignmentException"]
    assert "The property '__class__' cannot be found on this object." in r.messages[0]
    r = sh('$s = "text"; $s.__dict__ = 1')
    assert r.ids == ["PropertyAssignmentException"]


def test_gettype_answers_with_dotnet_names_and_no_reflection(sh):
    r = sh('"x".GetType().FullName; "x".GetType().GetType().FullName; '
           '"x".GetType().GetType().GetType().GetType().Name; (42).GetType().Name; @().GetType().FullName')
    assert r.output.split() == ["System.String", "System.RuntimeType", "RuntimeType", "Int32", "System.Object[]"]
    for member in ("Assembly", "Module", "TypeHandle", "DeclaringType", "UnderlyingSystemType", "__class__"):
        r = sh(f'"x".GetType().{member}; [int].{member}; "x".GetType().GetType().{member}')
        assert r.output == "" and r.ids == [], member
    for call in ("GetMethods()", 'GetMethod("Format")', 'GetField("Empty")', 'InvokeMember("Length", 0, $null, "x", $null)',
                 "GetConstructors()", 'GetProperty("Length")'):
        r = sh(f'"x".GetType().{call}')
        assert r.ids == ["MethodNotFound"], call
    assert sh('"x".GetType().Assembly.GetType("System.Diagnostics.Process")').ids == ["InvokeMethodOnNull"]


PYTHON_AND_DOTNET_TYPES = ["os", "sys", "builtins", "__builtins__", "subprocess", "ctypes", "importlib", "object.__class__",
                           "System.Diagnostics.Process", "Diagnostics.Process", "System.IO.File",
                           "IO.Directory", "Reflection.Assembly", "System.Reflection.Assembly", "AppDomain",
                           "Activator", "System.Runtime.InteropServices.Marshal", "Console",
                           "Net.WebClient", "Microsoft.Win32.Registry"]


@pytest.mark.parametrize("name", PYTHON_AND_DOTNET_TYPES)
def test_type_literals_naming_python_or_dotnet_types_are_not_found(sh, name):
    message = f"Unable to find type [{name}]."
    for form in (f"[{name}]", f"[{name}]::GetType('x')", f"[{name}]::new()", f"[{name}]'text'", f"'text' -as [{name}]",
                 f"'text' -is [{name}]", f"[{name}[]]@()", f"[{name}]::CurrentDomain.GetAssemblies()"):
        r = sh(form)
        if "." in name and name.split(".")[-1].startswith("__") or name == "object.__class__":
            assert r.ids and r.output == "", form      # not a type name at all: a parse or lookup error
            continue
        assert r.ids == ["TypeNotFound"] and r.output == "", form
        assert r.messages[0] == (message.replace("]", "[]]") if "[]" in form else message), form


def test_type_accelerator_only_names_pyshells_own_types(sh):
    # [type] is PowerShell's accelerator for System.Type: it converts a name as a type literal would,
    # so it reaches no type a literal cannot, and it has no static members (no GetType, no new).
    for name in ("os", "subprocess", "System.Diagnostics.Process", "type.__subclasses__", "object"):
        r = sh(f"[type]'{name}'")
        if name == "object":
            assert r.ids == [] and "Object" in r.output
        else:
            assert r.ids == ["ConvertToFinalInvalidCastException"] and r.output == "", name
    for form in ("[type]::GetType('System.IO.File')", "[type]::new()", "[System.Type]::GetTypeFromProgID('x')"):
        r = sh(form)
        assert r.ids and r.output == "", form
    assert sh("([type]'int').Assembly").output == ""


def test_environment_tells_facts_but_cannot_end_or_change_the_process(sh):
    for call in ("[Environment]::Exit(3)", "[Environment]::FailFast('x')", "[System.Environment]::Exit(0)"):
        r = sh(call)
        assert r.ids == ["MethodNotFound"] and r.exit_code is None, call
    assert sh("[Environment]::ProcessorCount -ge 1").output == "True\n"
    # SetEnvironmentVariable changes the session's copy only, never the process's environment.
    import os
    name = "PYSHELL_ESCAPE_PROBE"
    for target in ("", ", 'Process'", ", 'User'", ", 'Machine'"):
        sh(f"[Environment]::SetEnvironmentVariable('{name}', 'b'{target})")
        assert name not in os.environ, target


@pytest.mark.parametrize("name", ["os", "System.Diagnostics.Process", "System.IO.File", "__builtins__"])
def test_new_object_cannot_make_python_or_dotnet_objects(sh, name):
    r = sh(f"New-Object {name}")
    assert r.ids == ["TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand"]
    assert r.messages[0].startswith(f"Cannot find type [{name}]")


CRAFTED = [
    "__import__('os').system('touch pwned')",
    "import os; os.system('touch pwned')",
    "exec(\"open('pwned', 'w').write('x')\")",
    "eval('open(\"pwned\", \"w\")')",
    "open('pwned', 'w').write('x')",
    "compile('1', 'pwned', 'exec')",
    "''.__class__.__mro__[1].__subclasses__()",
    "().__class__.__base__.__subclasses__()[0]",
    "globals()['__builtins__']['open']('pwned', 'w')",
    "lambda: 1",
    "print(1)",
    "$x.__init__.__globals__['os'].system('touch pwned')",
]


@pytest.mark.parametrize("code", CRAFTED)
def test_invoke_expression_runs_crafted_text_as_powershell_only(sh, code, tmp_path):
    quoted = code.replace("'", "''")
    for script in (f"Invoke-Expression '{quoted}'", f"iex '{quoted}'",
                   f"[scriptblock]::Create('{quoted}').Invoke()", f"& ([scriptblock]::Create('{quoted}'))"):
        r = sh(script)
        assert r.ids, script                      # PowerShell cannot make sense of Python: an error
        assert not (tmp_path / "pwned").exists(), script
    assert os.listdir(tmp_path) == []


def test_invoke_expression_reports_parse_errors_of_the_text_with_their_ids(sh):
    assert first_id(sh("iex '\"unterminated'")).startswith("TerminatorExpectedAtEndOfString")
    assert first_id(sh("iex 'if ('")).startswith("IfStatementMissingCondition")
    assert first_id(sh("[scriptblock]::Create('{')")).startswith("MissingEndCurlyBrace")
    r = sh("iex ('(' * 5000 + '1' + ')' * 5000)")
    assert r.ids and r.ids[0].startswith("ScriptTooComplicated")
    r = sh('iex "1`0; 2"')            # a NUL character inside the text
    assert "InternalError" not in r.ids


FORMAT_ATTACKS = ["{0.__class__}", "{0.__class__.__init__.__globals__}", "{0[0]}", "{0!r}", "{0!s:>10}",
                  "{0:{1}}", "{0.Length}", "{.__class__}", "{__class__}", "{0.__dict__}", "{", "}", "{0",
                  "{-1}", "{0,}", "{0:N2"]


@pytest.mark.parametrize("fmt", FORMAT_ATTACKS)
def test_format_strings_cannot_read_attributes(sh, fmt):
    r = sh(f"'{fmt}' -f 'text', 2")
    assert r.ids == ["FormatError"] and r.output == "", fmt
    assert r.messages[0] == "Error formatting a string: Input string was not in a correct format.."
    r = sh(f"[string]::Format('{fmt}', 'text', 2)")
    assert r.ids == ["FormatException"] and r.output == "", fmt
    assert r.messages[0] == ('Exception calling "Format" with "3" argument(s): "Input string was not in a '
                             'correct format."')


def test_format_strings_still_format(sh):
    r = sh("'{{0}} {0} }}{{ {1,-4}|{1,4}|{0:N2}|{0 , 3}|{2:D3}|{2:X}' -f 3.14159, 'ab', 255")
    assert r.output == "{0} 3.14159 }{ ab  |  ab|3.14|3.14159|255|FF\n" and r.ids == []


def test_format_widths_and_precisions_stay_within_dotnet_limits(sh):
    assert sh("'{0,1000000}' -f 1").ids == ["FormatError"]           # .NET reads widths below a million
    assert sh("'{0,999999}' -f 1 | % Length").output == "999999\n"
    assert sh("'{1000000}' -f 1").ids == ["FormatError"]
    r = sh("'{0:N100}' -f 1")                                        # .NET Framework precisions stop at 99
    assert r.ids == ["FormatError"] and r.messages == ["Error formatting a string: Format specifier was invalid.."]


def test_execution_context_holds_data_only(sh):
    # $ExecutionContext exists (the default prompt reads SessionState.Path.CurrentLocation) but as
    # plain data: none of PowerShell's intrinsics with methods that run code is there.
    r = sh("$ExecutionContext.PSObject.Properties.Name; $ExecutionContext.SessionState.PSObject.Properties.Name")
    assert r.output.split() == ["Host", "SessionState", "Path", "LanguageMode", "Module", "Applications", "Scripts",
                                "UseFullLanguageModeInDebugger"]
    for call in ("$ExecutionContext.InvokeCommand.InvokeScript('1')",
                 "$ExecutionContext.InvokeCommand.NewScriptBlock('1')",
                 "$ExecutionContext.SessionState.PSVariable.Get('x')",
                 "$ExecutionContext.__class__.__init__()"):
        assert sh(call).ids == ["InvokeMethodOnNull"], call
    assert sh("$ExecutionContext.SessionState.__dict__").output == ""


@pytest.mark.parametrize("command", [
    "Add-Type -TypeDefinition 'public class X { }'",
    "Add-Type -AssemblyName System.Windows.Forms",
    "Add-Type 'import os'",
    "Start-Process sh -ArgumentList '-c', 'touch pwned'",
    "Start-Process notepad.exe",
    "Invoke-Item .",
    "Start-Job { 1 }",
    "Invoke-Command -ScriptBlock { 1 } -ComputerName localhost",
    "Enter-PSSession localhost",
    "cmd /c 'echo pwned > pwned'",
    "sh -c 'touch pwned'",
    "python3 -c 'open(\"pwned\", \"w\")'",
    "& 'python3' -c 'open(\"pwned\", \"w\")'",
])
def test_commands_that_would_reach_the_host_are_not_there(sh, command, tmp_path):
    r = sh(command)
    assert r.ids == ["CommandNotFoundException"], r.errors
    assert os.listdir(tmp_path) == []


def test_new_object_has_no_com_objects(sh):
    assert sh("New-Object -ComObject Shell.Application").ids == [
        "NamedParameterNotFound,Microsoft.PowerShell.Commands.NewObjectCommand"]


def test_native_programs_given_by_path_are_never_run(sh, tmp_path):
    r = sh("& /bin/sh -c 'touch pwned'; /bin/sh -c 'touch pwned'; . /bin/sh")
    assert r.ids and all(i == "ScriptFileUnreadable" for i in r.ids), r.errors
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("value, expected", [
    ("$null", "BadExpression"), ("@()", "BadExpression"), ('"x".__class__', "BadExpression"),
    ("@{a = 1}", "CommandNotFoundException"), ("[string]", "CommandNotFoundException"),
    ("[pscustomobject]@{a = 1}", "CommandNotFoundException"), ("(1, 2)", "CommandNotFoundException"),
])
def test_the_call_operator_on_a_value_names_it_as_powershell_would(sh, value, expected):
    r = sh(f"& ({value})")
    assert r.ids == [expected]
    if expected == "BadExpression":
        assert r.messages[0].startswith("The expression after '&' in a pipeline element produced an object that "
                                        "was not valid.")
    r = sh(f". ({value})")
    assert r.ids == [expected]


def test_the_call_operator_runs_a_command_information_object(sh):
    r = sh("$c = Get-Command Get-CsAdminRole; & $c -Identity CsHelpDesk | ForEach-Object Identity")
    assert r.output == "CsHelpDesk\n" and r.ids == []
    assert sh("function f { 'ran' }; & (Get-Command f)").output == "ran\n"
    r = sh('& @{a=1}')
    assert r.messages[0].startswith("The term 'System.Collections.Hashtable' is not recognized")
