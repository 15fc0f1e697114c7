"""The Jupyter kernel, started for real through jupyter_client: cells share one session, objects come
back as text and HTML tables, errors as error outputs, completion and inspection work, and the
example notebook runs from top to bottom."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

jupyter_client = pytest.importorskip("jupyter_client")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    from jupyter_client.manager import KernelManager
    from pyshell.kernel.install import write_spec
    spec_root = tmp_path_factory.mktemp("jupyter")
    write_spec(str(spec_root / "kernels" / "pyshell"))
    saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "PYSHELL_STORE", "PYTHONPATH", "NO_COLOR")}
    os.environ.update(JUPYTER_PATH=str(spec_root), PYSHELL_STORE=":memory:", NO_COLOR="1",
                      PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    manager = KernelManager(kernel_name="pyshell")
    manager.start_kernel(cwd=str(ROOT))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run(client, code):
    outputs = []
    reply = client.execute_interactive(code, timeout=120, output_hook=lambda m: outputs.append(m))
    kept = [(m["msg_type"], m["content"]) for m in outputs if m["msg_type"] not in ("status", "execute_input")]
    return reply["content"], kept


def test_the_kernel_spec_runs_this_python():
    from pyshell.kernel.install import kernel_spec
    spec = kernel_spec()
    assert spec["argv"][:3] == [sys.executable, "-m", "pyshell.kernel"]
    assert spec["language"] == "powershell"


def test_cells_share_one_session(kernel):
    assert run(kernel, "$answer = 40")[0]["status"] == "ok"
    reply, outputs = run(kernel, "$answer + 2")
    assert reply["status"] == "ok"
    assert outputs == [("execute_result", {"execution_count": reply["execution_count"],
                                           "data": {"text/plain": "42"}, "metadata": {}})]


def test_objects_come_back_as_text_and_an_html_table(kernel):
    _, outputs = run(kernel, 'Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}')
    (kind, content), = outputs
    assert kind == "execute_result"
    assert "SaslNegotiation            : Required" in content["data"]["text/plain"]
    html = content["data"]["text/html"]
    assert html.startswith("<table>") and "<th style=\"text-align:left\">SaslNegotiation</th>" in html
    assert html.count("<tr>") == 1 + 4


def test_errors_are_error_outputs_and_the_cell_goes_on(kernel):
    reply, outputs = run(kernel, 'Get-CsXmppAllowedPartner - Filter "*.org"; "after"')
    assert reply["status"] == "ok"
    errors = [c for k, c in outputs if k == "error"]
    assert errors[0]["ename"] == "ParameterBindingException"
    assert "A positional parameter cannot be found that accepts argument 'Filter'." in errors[0]["evalue"]
    assert any("FullyQualifiedErrorId : PositionalParameterNotFound" in line for line in errors[0]["traceback"])
    assert ("execute_result", {"execution_count": reply["execution_count"], "data": {"text/plain": "after"},
                               "metadata": {}}) in outputs


def test_host_text_is_a_stream(kernel):
    _, outputs = run(kernel, "Trace-Pipeline { 1, 5 | Where-Object {$_ -gt 4} }")
    streams = "".join(c["text"] for k, c in outputs if k == "stream" and c["name"] == "stdout")
    assert "kept     5: $_ is 5, so -gt 4 is True" in streams
    assert outputs[-1][0] == "execute_result" and outputs[-1][1]["data"]["text/plain"] == "5"


def test_completion_and_inspection(kernel):
    kernel.complete("Get-CsXmppAll", 13)
    reply = kernel.get_shell_msg(timeout=60)["content"]
    assert reply["matches"] == ["Get-CsXmppAllowedPartner"] and reply["cursor_start"] == 0
    kernel.complete("Get-CsXmppAllowedPartner -Fil", 29)
    assert kernel.get_shell_msg(timeout=60)["content"]["matches"] == ["-Filter"]
    kernel.inspect("Get-CsAdminRole -Identity CsHelpDesk", 3)
    reply = kernel.get_shell_msg(timeout=60)["content"]
    assert reply["found"] and "Get-CsAdminRole" in reply["data"]["text/plain"]


def test_is_complete(kernel):
    kernel.is_complete("Get-CsAdminRole | Where-Object {")
    assert kernel.get_shell_msg(timeout=60)["content"]["status"] == "incomplete"


def test_the_example_notebook_runs_and_matches_its_recorded_outputs(kernel):
    """Every code cell of examples/seed-walkthrough.ipynb runs without an internal error and prints
    what is recorded in the notebook. PYSHELL_RECORD=1 records the outputs again."""
    path = ROOT / "examples" / "seed-walkthrough.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "pyshell"
    record = bool(os.environ.get("PYSHELL_RECORD"))
    count = 0
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        count += 1
        source = "".join(cell["source"])
        reply, outputs = run(kernel, source)
        assert reply["status"] == "ok", source
        assert not any(k == "error" and c["ename"] == "InternalError" for k, c in outputs), source
        produced = [_as_notebook_output(k, c, count) for k, c in outputs]
        if record:
            cell["outputs"] = produced
            cell["execution_count"] = count
        else:
            assert _comparable(produced) == _comparable(cell["outputs"]), source
    if record:
        path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _as_notebook_output(kind: str, content: dict, count: int) -> dict:
    if kind == "stream":
        return {"output_type": "stream", "name": content["name"], "text": content["text"].splitlines(True)}
    if kind == "error":
        return {"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                "traceback": content["traceback"]}
    data = {k: v.splitlines(True) for k, v in content["data"].items()}
    return {"output_type": kind, "execution_count": count, "data": data, "metadata": {}}


def _comparable(outputs: list[dict]) -> list:
    def text(value):
        return "".join(value) if isinstance(value, list) else value
    out = []
    for o in outputs:
        if o["output_type"] == "stream":
            out.append(("stream", o["name"], text(o["text"])))
        elif o["output_type"] == "error":
            out.append(("error", o["ename"], o["evalue"]))
        else:
            out.append((o["output_type"], {k: text(v) for k, v in o["data"].items()}))
    return out


@pytest.mark.parametrize("command", [["-m", "pyshell", "--install-kernel"],
                                     ["-m", "pyshell.kernel", "install", "--user"]])
def test_installing_the_kernel_spec(tmp_path, command):
    import subprocess
    env = dict(os.environ, JUPYTER_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    spec = json.loads((tmp_path / "kernels" / "pyshell" / "kernel.json").read_text(encoding="utf-8"))
    assert spec["argv"][1:3] == ["-m", "pyshell.kernel"] and spec["language"] == "powershell"
