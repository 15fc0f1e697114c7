"""The command line as a user runs it: options, script files, standard input and exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pyshell(*args: str, stdin: str | None = None, store: str = ":memory:") -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYSHELL_STORE=store)
    return subprocess.run([sys.executable, "-m", "pyshell", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_version_and_help() -> None:
    assert pyshell("--version").stdout.startswith("pyshell ")
    out = pyshell("--help").stdout
    assert "-Command" in out and "--store" in out


def test_command_prints_output_and_exits_zero() -> None:
    r = pyshell("-NoProfile", "-NonInteractive", "-Command", '"a" -eq "A"')
    assert (r.stdout, r.returncode) == ("True\n", 0)


def test_short_and_prefixed_option_names() -> None:
    assert pyshell("-nop", "-c", "1 + 1").stdout == "2\n"
    assert pyshell("-NoProf", "-Comm", "2 + 2").stdout == "4\n"


def test_exit_code_after_an_error_and_after_exit_n() -> None:
    assert pyshell("-c", "Get-NoSuchThing").returncode == 1
    assert pyshell("-c", "exit 7").returncode == 7


def test_errors_go_to_standard_error_in_normal_view() -> None:
    r = pyshell("-c", "Get-NoSuchThing")
    assert r.stdout == ""
    assert "CommandNotFoundException" in r.stderr
    assert "At line:1 char:1" in r.stderr and "+ ~~~~~~~~~~~~~~~" in r.stderr


def test_script_file_with_arguments(tmp_path: Path) -> None:
    script = tmp_path / "hello.ps1"
    script.write_text('param($Name, $Count = 2)\n"Hello $Name x$Count"\n$args.Count\n', encoding="utf-8")
    r = pyshell(str(script), "World", "3", "extra")
    assert r.stdout == "Hello World x3\n1\n"
    r = pyshell("-File", str(script), "-Name", "Ann")
    assert r.stdout == "Hello Ann x2\n0\n"


def test_script_in_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    script = tmp_path / "win.ps1"
    script.write_bytes('"one"\r\n"two"\r\n'.encode("utf-16"))
    assert pyshell(str(script)).stdout == "one\ntwo\n"


def test_runtime_error_in_a_script_names_the_file(tmp_path: Path) -> None:
    script = tmp_path / "bad.ps1"
    script.write_text('"before"\n1/0\n"after"\n', encoding="utf-8")
    r = pyshell(str(script))
    assert r.stdout == "before\nafter\n"
    assert f"At {script}:2 char:1" in r.stderr


def test_a_script_given_by_a_relative_path_is_named_by_its_full_path(tmp_path: Path) -> None:
    script = tmp_path / "rel.ps1"
    script.write_text('1/0\n$PSCommandPath\n', encoding="utf-8")
    r = pyshell(os.path.relpath(script, ROOT))
    assert r.stdout == f"{script}\n"
    assert f"At {script}:1 char:1" in r.stderr


def test_a_script_files_binding_errors_name_the_script(tmp_path: Path) -> None:
    script = tmp_path / "setsasl.ps1"
    script.write_text("param([Parameter(Mandatory=$true)][string]$Domain, [ValidateSet('A','B')][string]$Mode)\n"
                      '"ran"\n', encoding="utf-8")
    r = pyshell("-NonInteractive", str(script))
    assert r.stderr == (f"{script} : Cannot process command because of one or more missing mandatory parameters: "
                        "Domain.\n"
                        "    + CategoryInfo          : InvalidArgument: (:) [setsasl.ps1], ParameterBindingException\n"
                        "    + FullyQualifiedErrorId : MissingMandatoryParameter,setsasl.ps1\n \n")
    assert (r.stdout, r.returncode) == ("", 1)
    r = pyshell("-c", f"& '{script}' -Domain x -Mode C")
    assert r.stderr.startswith(f"{script} : Cannot validate argument on parameter 'Mode'.")
    assert "At line:1 char:" in r.stderr
    assert "    + CategoryInfo          : InvalidData: (:) [setsasl.ps1], ParameterBindingValidationException\n" in r.stderr
    assert "    + FullyQualifiedErrorId : ParameterArgumentValidationError,setsasl.ps1\n" in r.stderr


def test_standard_input() -> None:
    r = pyshell("-", stdin='Get-CsAdminRole -Identity CsHelpDesk | Where-Object IsStandardRole\n')
    assert "Identity       : CsHelpDesk" in r.stdout


def test_bad_command_lines_are_refused_with_64() -> None:
    r = pyshell("-NoSuchOption")
    assert r.returncode == 64 and "unknown option" in r.stderr
    r = pyshell("-File", "no/such/script.ps1")
    assert r.returncode == 64 and "does not exist" in r.stderr
    r = pyshell(str(ROOT / "examples"))
    assert r.returncode == 64 and "directory" in r.stderr


def test_binary_file_is_refused(tmp_path: Path) -> None:
    blob = tmp_path / "blob.ps1"
    blob.write_bytes(b"\x00\x01\x02binary")
    r = pyshell(str(blob))
    assert r.returncode == 1 and "not a text file" in r.stderr and "Traceback" not in r.stderr


def test_parse_error_lists_the_position_and_id() -> None:
    r = pyshell("-c", "if (")
    assert r.returncode == 1
    assert "FullyQualifiedErrorId" in r.stderr and "Traceback" not in r.stderr


def test_command_does_not_import_the_repl_libraries() -> None:
    code = ("import sys; from pyshell.cli import main; main(['-c', '1']); "
            "print(any(m.startswith(('prompt_toolkit', 'pygments')) for m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env=dict(os.environ, PYSHELL_STORE=":memory:"), timeout=60)
    assert r.stdout.strip().splitlines()[-1] == "False"


def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    r = pyshell("-c", "Get-CsXmppAllowedPartner", store=str(bad))
    assert r.returncode == 1
    assert "CentralManagementStoreUnavailable" in r.stderr and "Traceback" not in r.stderr
    assert bad.read_bytes() == b"not a database at all"


def test_seed_examples_verbatim() -> None:
    r = pyshell("-c", 'Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}')
    assert r.returncode == 0 and "SaslNegotiation            : Required" in r.stdout
    assert "SaslNegotiation            : Optional" not in r.stdout
    r = pyshell("-c", 'Get-CsXmppAllowedPartner - Filter "*.org"')
    assert "PositionalParameterNotFound" in r.stderr and 'Did you mean -Filter "*.org"?' in r.stderr
    r = pyshell("-c", 'Get-CsAdminRole | Where-Object {$_.Cmdlets \u2013match "Get-CsXmppAllowedPartner"}')
    roles = [line.split(":")[1].strip() for line in r.stdout.splitlines() if line.startswith("Identity")]
    assert {"CsAdministrator", "CsServerAdministrator", "CsViewOnlyAdministrator", "CsHelpDesk"} <= set(roles)


def test_scripts_run_as_commands_and_dot_sourcing_shares_scope(tmp_path: Path) -> None:
    (tmp_path / "greet.ps1").write_text('param($Who = "you")\n"hello $Who"\n$inner = 1\n', encoding="utf-8")
    (tmp_path / "lib.ps1").write_text('function Get-Lib { "lib" }\n$shared = "yes"\n', encoding="utf-8")
    main = tmp_path / "main.ps1"
    main.write_text('& "$PSScriptRoot/greet.ps1" -Who Ann\n& "$PSScriptRoot/greet.ps1"\n"[$inner]"\n'
                    '. "$PSScriptRoot/lib.ps1"\nGet-Lib\n$shared\n', encoding="utf-8")
    r = pyshell(str(main))
    assert r.stdout == "hello Ann\nhello you\n[]\nlib\nyes\n", r.stderr


def test_syntax_check_reports_every_parse_error(tmp_path: Path) -> None:
    good = tmp_path / "good.ps1"
    good.write_text('"fine"\n', encoding="utf-8")
    bad = tmp_path / "bad.ps1"
    bad.write_text('$a = )\n"ok"\nif (\n', encoding="utf-8")
    r = pyshell("--syntax-check", str(good), str(bad))
    assert r.returncode == 1
    assert f"{good}: no parse errors" in r.stdout
    assert f"At {bad}:1 char:" in r.stderr and f"At {bad}:3 char:" in r.stderr
    assert r.stderr.count("FullyQualifiedErrorId") == 1
    assert pyshell("--syntax-check", str(good)).returncode == 0


def test_a_reader_that_stops_early_stops_the_run_quietly():
    # `pyshell -c '1..1e9' | head -2`: once the reader has gone, the run ends as Ctrl+C would end it,
    # without a traceback or an error about the pipe.
    env = dict(os.environ, PYSHELL_STORE=":memory:")
    proc = subprocess.Popen([sys.executable, "-m", "pyshell", "-NoProfile", "-Command", "foreach ($i in 1..40000000) { $i }"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"1\n"
    proc.stdout.close()
    assert proc.wait(timeout=60) == 1
    assert proc.stderr.read() == b""


def test_output_written_just_before_exit_is_all_there():
    r = pyshell("-NoProfile", "-Command", "1..3000 | ForEach-Object { 'line ' + $_ }; exit 4")
    assert r.returncode == 4 and r.stdout.splitlines()[-1] == "line 3000" and len(r.stdout.splitlines()) == 3000
