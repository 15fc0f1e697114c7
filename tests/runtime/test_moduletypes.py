"""moduletypes.py: the engine's side of a module's types. Nothing here is Lync's: a made-up module
registers a made-up class by name, and the engine finds it, tests objects against it and refuses
to convert into it."""
from __future__ import annotations

import pytest

from pyshell.runtime.conversion import PSConversionError, convert_to
from pyshell.runtime.moduletypes import ObjectType, find_module_type, object_types
from pyshell.runtime.types import resolve_type
from pyshell.runtime.values import PSObject, enum_type

WIDGET = "Contoso.Tools.Widget"
Color = enum_type("Contoso.Tools.Color", ["Red", "Green"])
TYPES = {"Color": Color, **object_types(WIDGET)}


def widget(decorated: bool = False) -> PSObject:
    names = ([f"{WIDGET}#Decorated"] if decorated else []) + [WIDGET, "System.Object"]
    return PSObject([("Name", "w")], type_names=names)


def test_object_types_are_keyed_by_full_name():
    assert list(object_types("A.B", "C.D")) == ["A.B", "C.D"]
    assert isinstance(TYPES[WIDGET], ObjectType)


@pytest.mark.parametrize("name", [WIDGET, WIDGET.upper(), WIDGET.lower()])
def test_a_class_is_found_by_its_full_name_in_any_case(name):
    ref = resolve_type(name, TYPES)
    assert ref is not None and ref.full_name == WIDGET and ref.ps_to_string() == WIDGET


def test_a_class_is_not_found_by_its_last_name_but_an_enum_still_is():
    assert find_module_type("widget", TYPES) is None
    assert find_module_type("tools.widget", TYPES) is None
    assert resolve_type("Color", TYPES).target is Color


def test_an_object_carrying_the_name_is_one_decorated_or_not():
    ref = resolve_type(WIDGET, TYPES)
    assert ref.is_instance(widget()) and ref.is_instance(widget(decorated=True))
    assert not ref.is_instance(PSObject([("Name", "w")]))
    assert not ref.is_instance(WIDGET)
    assert not ref.is_instance(PSObject([], type_names=[WIDGET + "Factory", "System.Object"]))


def test_conversion_keeps_an_object_and_null_and_refuses_the_rest():
    target = TYPES[WIDGET]
    w = widget()
    assert convert_to(w, target) is w and convert_to(None, target) is None
    with pytest.raises(PSConversionError) as caught:
        convert_to("w", target)
    assert caught.value.message == f'Cannot convert the "w" value of type "System.String" to type "{WIDGET}".'


def test_the_type_object_names_the_class():
    info = resolve_type(WIDGET, TYPES).type_info()
    assert info.get("Name") == "Widget" and info.get("FullName") == WIDGET
