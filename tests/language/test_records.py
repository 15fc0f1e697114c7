"""Record classes (pyshell/language/records.py) behave as the frozen, slotted, keyword-only
dataclasses the syntax tree used to be."""
import copy
import pickle

import pytest
from dataclasses import FrozenInstanceError

from pyshell.language.records import Record


class Base(Record):
    where: int


class Leaf(Base):
    name: str
    parts: tuple = ()
    flag: bool = False


def test_fields_come_base_first_with_their_defaults():
    leaf = Leaf(where=1, name="a")
    assert (leaf.where, leaf.name, leaf.parts, leaf.flag) == (1, "a", (), False)
    assert list(Leaf.__dataclass_fields__) == ["where", "name", "parts", "flag"]
    assert repr(leaf) == "Leaf(where=1, name='a', parts=(), flag=False)"


def test_arguments_are_keywords_and_required_ones_must_be_given():
    with pytest.raises(TypeError):
        Leaf(1, "a")
    with pytest.raises(TypeError):
        Leaf(where=1)
    with pytest.raises(TypeError):
        Leaf(where=1, name="a", colour="red")


def test_records_are_frozen_and_compare_by_value():
    a, b = Leaf(where=1, name="a"), Leaf(where=1, name="a")
    assert a == b and hash(a) == hash(b) and a != Leaf(where=2, name="a")
    assert Base(where=1) != Leaf(where=1, name="a")
    with pytest.raises(FrozenInstanceError):
        a.name = "b"
    with pytest.raises(FrozenInstanceError):
        del a.name
    assert not hasattr(a, "__dict__")


def test_copies_and_pickles_are_equal():
    leaf = Leaf(where=3, name="x", parts=(1, 2))
    assert copy.copy(leaf) == leaf and copy.deepcopy(leaf) == leaf
    assert pickle.loads(pickle.dumps(leaf)) == leaf


def test_a_record_class_is_made_once_with_its_fields_as_slots():
    assert Leaf.__slots__ == ("name", "parts", "flag") and Base.__slots__ == ("where",)
    assert Leaf.__mro__[1] is Base      # no second class made from the first


def test_a_base_made_first_does_not_lend_its_init_to_subclasses():
    assert Base(where=1).where == 1
    assert Leaf(where=1, name="n").name == "n"


def test_positional_records():
    class Pair(Record, kw_only=False):
        left: int
        right: int = 0

    assert Pair(1, 2) == Pair(left=1, right=2) and Pair(1).right == 0
