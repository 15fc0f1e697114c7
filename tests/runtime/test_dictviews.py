"""dictviews.py and the hashtable classes: Keys/Values views that see the table as it is and stop
an enumeration the table changed under, and the case-sensitive Hashtable [hashtable] makes."""
from __future__ import annotations

import pytest

from pyshell.runtime.conversion import convert_to
from pyshell.runtime.dictviews import COLLECTION_MODIFIED, CollectionModified, keys_of, values_of
from pyshell.runtime.values import CaseSensitiveHashtable, PSHashtable, is_hashtable


def table(*pairs):
    return PSHashtable(list(pairs))


def test_every_change_counts_and_a_read_does_not():
    t = table(("a", 1))
    start = t._version
    _ = t["a"], "a" in t, t.keys(), len(t)
    assert t._version == start
    t["a"] = 2
    t.add("b", 3)
    t.remove("b")
    t.clear()
    assert t._version == start + 4


def test_removing_a_missing_key_or_adding_an_existing_one_is_no_change():
    t = table(("a", 1))
    start = t._version
    t.remove("zz")
    assert not t.add("A", 2)
    assert t._version == start


def test_the_views_hold_keys_and_values_and_see_later_changes():
    t = table(("a", 1), ("b", 2))
    keys, values = keys_of(t), values_of(t)
    assert list(keys) == ["a", "b"] and list(values) == [1, 2]
    t["c"] = 3
    assert len(keys) == 3 and list(values) == [1, 2, 3]
    assert keys.ps_type_name == "System.Collections.Hashtable+KeyCollection"
    assert values.ps_type_name == "System.Collections.Hashtable+ValueCollection"


def test_a_change_during_enumeration_stops_it_at_the_next_step():
    t = table(("a", 1), ("b", 2))
    seen = []
    with pytest.raises(CollectionModified) as caught:
        for k in keys_of(t):
            seen.append(k)
            t[k] = 0
    assert seen == ["a"]
    record = caught.value.record
    assert record.message == COLLECTION_MODIFIED
    assert record.error_id == "System.InvalidOperationException"
    assert record.exception_type == "InvalidOperationException"


def test_a_change_during_the_last_step_is_still_seen():
    t = table(("a", 1))
    with pytest.raises(CollectionModified):
        for k in keys_of(t):
            t[k] = 0


def test_a_view_enumerated_after_a_change_starts_afresh():
    t = table(("a", 1))
    keys = keys_of(t)
    t["b"] = 2
    assert list(keys) == ["a", "b"]


def test_the_case_sensitive_hashtable_tells_case_apart():
    t = CaseSensitiveHashtable([("a", 1), ("A", 2)])
    assert len(t) == 2 and t["a"] == 1 and t["A"] == 2 and "b" not in t
    assert t.ps_type_name == "System.Collections.Hashtable"
    clone = t.copy()
    assert type(clone) is CaseSensitiveHashtable and len(clone) == 2


def test_hashtable_conversion_keeps_a_hashtable_and_copies_other_dictionaries():
    h = table(("a", 1))
    assert convert_to(h, PSHashtable) is h
    ordered = PSHashtable([("Name", 1)], ordered=True)
    made = convert_to(ordered, PSHashtable)
    assert type(made) is CaseSensitiveHashtable and made["Name"] == 1 and made["name"] is None
    assert is_hashtable(h) and is_hashtable(made) and not is_hashtable(ordered)
