"""ForEach-Object: script blocks per object in the caller's scope, begin/process/end (named or
unnamed), and -MemberName for properties and methods."""
from __future__ import annotations


def test_process_block_runs_once_per_object_with_dollar_underscore(run):
    assert run("1..3 | ForEach-Object { $_ * 10 }").output == "10\n20\n30\n"


def test_psitem_is_the_current_object_too(run):
    assert run("'a', 'b' | ForEach-Object { $PSItem.ToUpper() }").output == "A\nB\n"


def test_begin_and_end_run_once_in_the_callers_scope(run):
    result = run("1..4 | ForEach-Object -Begin { $total = 0 } -Process { $total += $_ } -End { $total }\n$total")
    assert result.output == "10\n10\n"


def test_two_unnamed_blocks_are_begin_and_process(run):
    assert run("1..2 | ForEach-Object { 'start' } { \"p$_\" }").output == "start\np1\np2\n"


def test_three_unnamed_blocks_are_begin_process_and_end(run):
    assert run("1..2 | % { 'b' } { \"p$_\" } { 'e' }").output == "b\np1\np2\ne\n"


def test_with_a_named_end_every_block_after_the_first_processes(run):
    result = run("1..2 | ForEach-Object { 'b' } { \"x$_\" } { \"y$_\" } -End { 'e' }")
    assert result.output == "b\nx1\ny1\nx2\ny2\ne\n"


def test_named_process_and_remaining_blocks(run):
    assert run("1 | ForEach-Object -Process { 'b' } { \"p$_\" }").output == "b\np1\n"


def test_begin_runs_even_without_input(run):
    assert run("@() | ForEach-Object -Begin { 'b' } -Process { 'p' } -End { 'e' }").output == "b\ne\n"


def test_the_aliases(run):
    assert run("1 | foreach { $_ + 1 }; 1 | % { $_ + 2 }").output == "2\n3\n"


def test_return_in_the_block_goes_on_with_the_next_object(run):
    assert run("1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }").output == "1\n3\n"


def test_a_statement_error_inside_the_block_is_reported_and_the_block_goes_on(run):
    result = run("1..3 | ForEach-Object { if ($_ -eq 2) { 1 / 0 }; $_ }")
    assert result.output == "1\n2\n3\n"
    assert "RuntimeException" in result.errors


def test_output_streams_to_the_next_command(run):
    result = run("$script:seen = 0\n1..1000 | ForEach-Object { $script:seen++; $_ } | Select-Object -First 2\n$seen")
    assert result.output == "1\n2\n2\n"


# --- -MemberName ---------------------------------------------------------------------------------

def test_member_name_reads_a_property(run):
    assert run("'abc', 'de' | ForEach-Object Length").output == "3\n2\n"


def test_member_name_reads_a_property_of_a_lync_object(run):
    result = run("Get-CsAdminRole -Identity CsHelpDesk | ForEach-Object -MemberName Identity")
    assert result.output == "CsHelpDesk\n"


def test_member_name_calls_a_method(run):
    assert run("'a', 'b' | ForEach-Object ToUpper").output == "A\nB\n"


def test_argument_list_is_passed_to_the_method_and_results_unroll(run):
    assert run("'a-b' | ForEach-Object Split '-'").output == "a\nb\n"
    assert run("'abc' | ForEach-Object -MemberName Substring -ArgumentList 1").output == "bc\n"


def test_a_collection_property_is_written_element_by_element(run):
    assert run("[pscustomobject]@{ n = 1, 2 } | ForEach-Object n | Measure-Object | ForEach-Object Count").output \
        == "2\n"


def test_a_hashtable_key_is_read_by_member_name(run):
    assert run("@{ a = 5 } | ForEach-Object a").output == "5\n"


def test_a_wildcard_name_that_matches_one_member(run):
    assert run("'abcd' | ForEach-Object Len*").output == "4\n"


def test_an_ambiguous_wildcard_name_is_an_error(run):
    result = run("'abc' | ForEach-Object To*")
    assert "AmbiguousPropertyOrMethodName,Microsoft.PowerShell.Commands.ForEachObjectCommand" in result.errors


def test_a_missing_member_gives_null(run):
    assert run("'abc' | ForEach-Object NoSuchThing | ForEach-Object { \"[$_]\" }").output == "[]\n"


def test_an_unknown_method_with_arguments_is_an_error(run):
    result = run("'abc' | ForEach-Object NoSuchMethod 1")
    assert 'Input name "NoSuchMethod" cannot be resolved to a method.' in result.errors
    assert "MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand" in result.errors


def test_a_failing_method_is_a_method_invocation_error(run):
    result = run("'abc' | ForEach-Object Substring 9")
    assert 'Exception calling "Substring" with "1" argument(s)' in result.errors
    assert "MethodInvocationError" in result.errors


def test_a_method_on_null_input_is_an_error(run):
    result = run("$null | ForEach-Object ToUpper 1")
    assert "InvokeMethodOnNull" in result.errors
