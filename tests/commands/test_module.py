"""Modules are declared by tables and loaded piece by piece: the tables must agree with the classes."""
import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.shell import DEFAULT_MODULES, Shell

MODULES = [importlib.import_module(path) for path in DEFAULT_MODULES]


@pytest.mark.parametrize("package", MODULES, ids=DEFAULT_MODULES)
def test_each_table_entry_names_the_class_that_declares_that_name(package):
    module = package.MODULE
    for name in module.command_names():
        assert module.load_command(name).command_name() == name


@pytest.mark.parametrize("package", MODULES, ids=DEFAULT_MODULES)
def test_every_cmdlet_a_package_defines_is_in_its_table(package):
    listed = {name.lower() for name in package.MODULE.command_names()}
    for info in pkgutil.iter_modules(package.__path__):
        source = importlib.import_module(f"{package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(source, inspect.isclass):
            if issubclass(cls, Cmdlet) and cls.__module__ == source.__name__ and getattr(cls, "verb", None) \
                    or getattr(cls, "command_word", None) and cls.__module__ == source.__name__:
                assert cls.command_name().lower() in listed, f"{cls.__name__} ({source.__name__}) is not in the table"


def test_a_command_is_imported_when_first_used_and_knows_its_module():
    shell = Shell(store=":memory:")
    cls = shell.context.commands.resolve("gcm")
    assert cls.command_name() == "Get-Command" and cls.module_name == "Microsoft.PowerShell.Core"


def test_names_and_suggestions_come_from_the_tables_with_their_declared_spelling():
    table = Shell(store=":memory:").context.commands
    assert "Get-CsXmppAllowedPartner" in table.cmdlet_names()
    assert table.suggestions("get-csxmppallowedpartnr")[0] == "Get-CsXmppAllowedPartner"


def test_module_views_and_types_are_there_when_asked_for():
    shell = Shell(store=":memory:")
    assert shell.run('[PartnerType]"federated"').output.strip() == "Federated"
    assert "Mode" in shell.run("Get-Item .").output


def test_a_module_given_classes_works_as_before():
    class GetThing(Cmdlet):
        verb, noun = "Get", "Thing"

        def process(self):
            self.write_object("thing")
    shell = Shell(store=":memory:")
    shell.context.commands.add_module(Module("Things", (GetThing,)))
    assert shell.run("Get-Thing").output.strip() == "thing"
    assert GetThing.module_name == "Things"


def test_starting_a_session_imports_no_command_file():
    code = ("import sys\nfrom pyshell.shell import Shell\nShell(store=':memory:').run('exit')\n"
            "print(sorted(m for m in sys.modules if m.startswith('cmdlets.') and m.count('.') > 1))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("package", MODULES, ids=DEFAULT_MODULES)
def test_views_declared_for_type_names_serve_exactly_those_type_names(package):
    for names, load in package.MODULE.view_sources():
        if names is not None:
            assert {v.type_name for v in load()} == set(names)


def test_formatting_an_object_loads_only_the_views_for_its_type():
    code = ("import sys\nfrom pyshell.shell import Shell\n"
            "Shell(store=':memory:').run('[pscustomobject]@{a=1}; Get-Date')\n"
            "print(sorted(m for m in sys.modules if m.startswith('cmdlets.') and m.count('.') > 1))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['cmdlets.core.get_date']"     # the command itself, no module's views
