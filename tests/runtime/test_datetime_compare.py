"""-lt/-gt with a DateTime on the left convert a string on the right to a DateTime."""
from __future__ import annotations

import datetime as dt

import pytest

from pyshell.runtime.operators import PSOperatorError, ps_compare

AUG_2010 = dt.datetime(2010, 8, 11, 20, 0)


@pytest.mark.parametrize("left,right,sign", [
    (dt.datetime(2026, 1, 1), "8/11/2010 8:00 PM", 1),
    (dt.datetime(2009, 1, 1), "8/11/2010 8:00 PM", -1),
    (AUG_2010, "8/11/2010 8:00 PM", 0),
    (AUG_2010, AUG_2010, 0),
    (AUG_2010.replace(tzinfo=dt.timezone.utc), AUG_2010.replace(tzinfo=dt.timezone.utc), 0),
])
def test_datetime_against_strings_and_dates(left, right, sign):
    assert ps_compare(left, right) == sign


def test_a_string_that_is_no_date_is_a_comparison_failure():
    with pytest.raises(PSOperatorError):
        ps_compare(AUG_2010, "bogus")
