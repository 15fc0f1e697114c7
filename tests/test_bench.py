"""The benchmark suite is not run by the tests; this only checks that it imports and that its table
is laid out as documented. Nothing here is timed."""
from bench import harness
from bench.harness import Row, format_table


def test_a_row_is_formatted_with_figure_target_and_verdict():
    table = format_table([Row("B3", "filter", 2.345, "≤ 2.5×", True, "pyshell 300 ns/object"),
                          Row("B5", "memory", 3.25, "≤ +20 MiB", True, unit="MiB"),
                          Row("B8b", "completion", None, "≤ 50 ms", None, "no completer yet", unit="ms")])
    lines = table.splitlines()
    assert [c.strip() for c in lines[0].strip("|").split("|")] == ["benchmark", "figure", "target", "holds"]
    assert [c.strip() for c in lines[2].strip("|").split("|")] == ["B3 filter", "2.35×", "≤ 2.5×", "yes"]
    assert [c.strip() for c in lines[3].strip("|").split("|")] == ["B5 memory", "+3.2 MiB", "≤ +20 MiB", "yes"]
    assert [c.strip() for c in lines[4].strip("|").split("|")] == ["B8b completion", "n/a", "≤ 50 ms", "—"]
    assert "B3: pyshell 300 ns/object" in lines and "B8b: no completer yet" in lines


def test_every_benchmark_module_imports():
    import bench.__main__ as main
    from bench import fixtures, parsing, pipeline, startup, store  # noqa: F401
    assert main.ALL == ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8")
    assert harness.format_holds(Row("B1", "x", 1.0, "", False)) == "no"
