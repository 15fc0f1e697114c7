"""Get-Process: the machine's processes, read from /proc where there is one (Linux), as
System.Diagnostics.Process objects with the properties scripts use (Name, Id, Path, CPU, WS, PM, VM,
StartTime, ...). Elsewhere only pyshell's own process is known. A name that matches nothing is
NoProcessFoundForGivenName and an id that matches nothing NoProcessFoundForGivenId, both
non-terminating, as in Windows PowerShell 5.1. Nothing here can stop or change a process."""
from __future__ import annotations

import datetime as _dt
import os
import sys

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.format.views import Column, View
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSObject
from pyshell.runtime.wildcards import has_wildcards, wildcard_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PROCESS = "System.Diagnostics.Process"
NAME_SET, ID_SET = "Name", "Id"


def _k(key: str) -> Any:
    def column(process: Any) -> str:
        value = process.get(key) or 0
        return str(int(value) // 1024)
    return column


def _cpu(process: Any) -> str:
    value = process.get("CPU")
    return "" if value is None else f"{value:.2f}"


# DotNetTypes.format.ps1xml's "process" table.
VIEWS = (View(PROCESS, "table", name="process",
              columns=(Column("Handles", width=7, alignment="Right"),
                       Column("NPM(K)", _k("NonpagedSystemMemorySize64"), width=7, alignment="Right"),
                       Column("PM(K)", _k("PagedMemorySize64"), width=8, alignment="Right"),
                       Column("WS(K)", _k("WorkingSet64"), width=10, alignment="Right"),
                       Column("CPU(s)", _cpu, width=10, alignment="Right"),
                       Column("Id", width=6, alignment="Right"), Column("SI", width=3, alignment="Right"),
                       Column("ProcessName"))),)


def _clock_ticks() -> int:
    try:
        return os.sysconf("SC_CLK_TCK")
    except (ValueError, OSError, AttributeError):
        return 100


def _boot_time() -> float | None:
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except OSError:
        pass
    return None


def _read_process(pid: int, ticks: int, boot: float | None) -> PSObject | None:
    base = f"/proc/{pid}"
    try:
        with open(f"{base}/stat", encoding="utf-8", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return None
    name = stat[stat.find("(") + 1:stat.rfind(")")]
    fields = stat[stat.rfind(")") + 2:].split()
    try:
        utime, stime = int(fields[11]), int(fields[12])
        threads = int(fields[17])
        started = int(fields[19])
        vsize, rss_pages = int(fields[20]), int(fields[21])
        session = int(fields[3])
    except (IndexError, ValueError):
        return None
    try:
        path = os.readlink(f"{base}/exe")
    except OSError:
        path = None
    try:
        handles = len(os.listdir(f"{base}/fd"))
    except OSError:
        handles = 0
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    start_time = _dt.datetime.fromtimestamp(boot + started / ticks) if boot is not None else None
    ws = rss_pages * page
    return _process_object(name, pid, path, (utime + stime) / ticks, ws, ws, vsize, handles, threads, session,
                           start_time)


def _process_object(name: str, pid: int, path: str | None, cpu: float | None, ws: int, pm: int, vm: int,
                    handles: int, threads: int, session: int, start: Any) -> PSObject:
    return PSObject([("Name", name), ("Id", pid), ("Path", path), ("CPU", cpu), ("Handles", handles),
                     ("WS", ws), ("PM", pm), ("VM", vm), ("NPM", 0), ("ProcessName", name), ("SI", session),
                     ("SessionId", session), ("WorkingSet64", ws), ("PagedMemorySize64", pm),
                     ("VirtualMemorySize64", vm), ("NonpagedSystemMemorySize64", 0), ("HandleCount", handles),
                     ("StartTime", start), ("MainWindowTitle", ""), ("Threads", threads)],
                    type_names=[PROCESS, "System.ComponentModel.Component", "System.MarshalByRefObject",
                                "System.Object"],
                    string_form=f"System.Diagnostics.Process ({name})")


def processes() -> list[PSObject]:
    """Every process the machine shows, by name then id (the order Get-Process lists them in)."""
    found: list[PSObject] = []
    if os.path.isdir("/proc"):
        ticks, boot = _clock_ticks(), _boot_time()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                process = _read_process(int(entry), ticks, boot)
                if process is not None:
                    found.append(process)
    if not found:
        name = os.path.splitext(os.path.basename(sys.executable))[0]
        found.append(_process_object(name, os.getpid(), sys.executable, None, 0, 0, 0, 0, 1, 0, None))
    found.sort(key=lambda p: (str(p.get("Name")).lower(), p.get("Id")))
    return found


class GetProcess(Cmdlet):
    """Gets the processes that are running on the local computer."""

    verb, noun = "Get", "Process"
    default_set = NAME_SET
    implementing_type = "Microsoft.PowerShell.Commands.GetProcessCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113324"
    description = (
        "Get-Process lists the processes running on this computer, or those whose names match -Name "
        "(wildcards allowed) or whose ids are given with -Id. A name or id that matches no process is "
        "reported as a non-terminating error, so -ErrorAction decides what happens to it.")

    name = Parameter(ListOf(str), aliases=("ProcessName",),
                     sets={NAME_SET: SetOptions(position=0, by_property_name=True)},
                     help="Process names; wildcards are allowed.")
    id = Parameter(ListOf(int), aliases=("PID",),
                   sets={ID_SET: SetOptions(mandatory=True, by_property_name=True)}, help="Process ids.")

    examples = (
        Example("Get-Process -Id $PID | Select-Object -ExpandProperty Id | ForEach-Object { $_ -eq $PID }",
                "The session's own process.", "True\n"),
        Example("Get-Process -Name no-such-process -ErrorAction SilentlyContinue; 'went on'",
                "A name that matches nothing is a non-terminating error.", "went on\n"),
    )

    def process(self) -> None:
        everything = processes()
        if self.parameter_set_name == ID_SET:
            for pid in self.id or []:
                match = [p for p in everything if p.get("Id") == pid]
                if not match:
                    self.write_error(self.error_record(
                        f"Cannot find a process with the process identifier {pid}.", "NoProcessFoundForGivenId",
                        ErrorCategory.ObjectNotFound, target=pid, exception_type="ProcessCommandException"))
                for p in match:
                    self.write_object(p)
            return
        if not self.name:
            for p in everything:
                self.write_object(p)
            return
        seen: set[int] = set()
        for pattern in self.name:
            wild = has_wildcards(pattern)
            match = [p for p in everything
                     if (wildcard_match(pattern, str(p.get("Name"))) if wild
                         else str(p.get("Name")).lower() == pattern.lower())]
            if not match and not wild:
                self.write_error(self.error_record(
                    f'Cannot find a process with the name "{pattern}". Verify the process name and call the '
                    "cmdlet again.", "NoProcessFoundForGivenName", ErrorCategory.ObjectNotFound, target=pattern,
                    exception_type="ProcessCommandException"))
            for p in match:
                if id(p) not in seen:
                    seen.add(id(p))
                    self.write_object(p)
