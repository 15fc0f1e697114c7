"""pyshell.structs: the part of dataclasses pyshell uses, behaving as dataclasses does."""
import pickle

import pytest

from pyshell.structs import FrozenInstanceError, dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    scope: str = "global"


@dataclass
class Point3(Point):
    z: int = 0


@dataclass(eq=False)
class Counted:
    n: int = 0

    def __post_init__(self):
        self.n += 1


def test_fields_are_taken_by_position_or_name_with_defaults():
    assert (Point(1).x, Point(1).y, Point(1, 2).y, Point(y=5, x=1).y) == (1, 0, 2, 5)


def test_each_instance_gets_a_fresh_default_from_its_factory():
    a, b = Point(1), Point(2)
    a.tags.append("t")
    assert b.tags == []


def test_equality_is_field_by_field_and_mutable_instances_do_not_hash():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(1, 3)
    with pytest.raises(TypeError):
        hash(Point(1))


def test_frozen_instances_hash_and_refuse_assignment():
    assert hash(Key("a")) == hash(Key("a")) and {Key("a"): 1}[Key("a")] == 1
    with pytest.raises(FrozenInstanceError):
        Key("a").name = "b"
    assert not hasattr(Key("a"), "__dict__")
    assert pickle.loads(pickle.dumps(Key("a", "local"))) == Key("a", "local")


def test_a_subclass_adds_its_fields_after_its_bases():
    p = Point3(1, 2, [], 3)
    assert (p.x, p.y, p.z) == (1, 2, 3) and repr(p) == "Point3(x=1, y=2, tags=[], z=3)"


def test_post_init_runs_and_eq_false_keeps_identity():
    c = Counted()
    assert c.n == 1 and c == c and c != Counted()     # eq=False: equal only to itself
    assert c in {c}                                   # and hashable by identity


def test_mutable_defaults_are_refused_as_dataclasses_refuses_them():
    with pytest.raises(ValueError):
        @dataclass
        class Bad:
            items: list = []
