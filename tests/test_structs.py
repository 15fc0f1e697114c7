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


def _fresh_classes():
    @dataclass
    class Base:
        x: int
        y: int = 2
        tags: list = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class Frozen:
        a: str
        b: str = "b"

    @dataclass
    class Sub(Base):
        z: int = 0

        def __post_init__(self):
            self.z += 10
    return Base, Frozen, Sub


@pytest.mark.parametrize("make", [
    lambda B, F, S: B(1), lambda B, F, S: B(1, 3, ["t"]), lambda B, F, S: B(y=4, x=1),
    lambda B, F, S: F("a"), lambda B, F, S: F(b="c", a="a"), lambda B, F, S: S(1, z=5), lambda B, F, S: S(1, 2, [], 3)])
def test_the_first_instance_is_made_as_the_compiled_init_makes_the_next(make):
    # The first instance of a class is set up by a generic __init__; later ones by the compiled one.
    first = make(*_fresh_classes())
    classes = _fresh_classes()
    make(*classes)
    second = make(*classes)
    assert repr(first) == repr(second)
    assert type(first).__init__ is not type(second).__init__


@pytest.mark.parametrize("call", [lambda B: B(), lambda B: B(1, 2, [], 4), lambda B: B(1, q=2), lambda B: B(1, x=2)])
def test_wrong_arguments_are_a_type_error_for_the_first_instance_and_the_next(call):
    for made_before in (0, 1, 2):
        Base = _fresh_classes()[0]
        for _ in range(made_before):
            Base(0)
        with pytest.raises(TypeError):
            call(Base)


def test_a_frozen_first_instance_refuses_assignment_too():
    Frozen = _fresh_classes()[1]
    with pytest.raises(FrozenInstanceError):
        Frozen("a").a = "x"
