"""Decimal, DateTime and TimeSpan values, tested for without importing decimal and datetime.

The two modules cost about 3 ms to import, which `pyshell -Command exit` need not pay. Until a script
makes such a value ([decimal] casts, 1d, Get-Date, [datetime] and so on) the module is not loaded,
and then no value can be one: each test first asks whether the module is there.
"""
from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_loaded = sys.modules


def is_decimal(value: Any) -> bool:
    module = _loaded.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


def is_datetime(value: Any) -> bool:
    module = _loaded.get("datetime")
    return module is not None and isinstance(value, module.datetime)


def is_timespan(value: Any) -> bool:
    module = _loaded.get("datetime")
    return module is not None and isinstance(value, module.timedelta)


def is_date_or_span(value: Any) -> bool:
    module = _loaded.get("datetime")
    return module is not None and isinstance(value, (module.datetime, module.timedelta))
