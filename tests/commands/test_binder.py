"""The parameter binder, on small cmdlets declared here: names, prefixes and aliases, positional
values, switches, conversion, parameter sets, mandatory parameters — and PowerShell's error ids and
messages when binding fails."""
from __future__ import annotations

import pytest

from pyshell.commands.binder import Arg, Binder
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter, SetOptions
from pyshell.errors import PSError
from pyshell.language.source import MISSING
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSObject, SwitchParameter, enum_type
from pyshell.shell import Shell

Color = enum_type("Contoso.Color", ["Red", "Green", "Blue"])
IDENTITY, FILTER = "Identity", "Filter"


class GetWidget(Cmdlet):
    """Gets widgets."""

    verb, noun = "Get", "Widget"
    default_set = IDENTITY
    implementing_type = "Tests.GetWidgetCommand"

    identity = Parameter(str, position=0, sets=(IDENTITY,))
    filter = Parameter(str, sets=(FILTER,))
    format = Parameter(str)
    count = Parameter(int, aliases=("n",))
    local_store = Parameter(SwitchParameter)
    color = Parameter(Color)
    enabled = Parameter(bool)
    tags = Parameter(ListOf(str))

    def process(self) -> None:
        self.write_object(f"{self.parameter_set_name}:{self.identity or self.filter or ''}:{self.count}:"
                          f"{self.local_store}:{self.color}")


class NewWidget(Cmdlet):
    """Makes a widget."""

    verb, noun = "New", "Widget"
    implementing_type = "Tests.NewWidgetCommand"

    name = Parameter(str, position=0, mandatory=True)
    size = Parameter(int, position=1)

    def process(self) -> None:
        self.write_object(f"{self.name}/{self.size}")


class SetWidget(Cmdlet):
    """Two sets, each with its own mandatory parameter and no default."""

    verb, noun = "Set", "Widget"
    implementing_type = "Tests.SetWidgetCommand"

    by_name = Parameter(str, sets={"ByName": SetOptions(mandatory=True)})
    by_id = Parameter(int, sets={"ById": SetOptions(mandatory=True)})
    note = Parameter(str)


def bind(cls, *items, expects_input=False):
    """Bind a command line: "-Name" is a parameter, ("-Name:", value) a parameter with a colon value,
    anything else a value. Returns (command, binder)."""
    args: list[Arg] = []
    for item in items:
        if isinstance(item, tuple):
            args.append(Arg("param", item[1], MISSING, item[0].lstrip("-").rstrip(":"), True))
        elif isinstance(item, str) and item.startswith("-") and len(item) > 1:
            args.append(Arg("param", None, MISSING, item[1:]))
        else:
            args.append(Arg("value", item, MISSING, bare=isinstance(item, str)))
    cmd = cls(None)
    binder = Binder(cls.metadata, cmd, cls.command_name(), MISSING, None, cls.implementing_type)
    binder.bind_arguments(args)
    binder.resolve_set(expects_input)
    return cmd, binder


def bind_error(cls, *items):
    with pytest.raises(PSError) as info:
        bind(cls, *items)
    return info.value.record


# -- names ---------------------------------------------------------------------------------------

def test_named_parameter():
    cmd, binder = bind(GetWidget, "-Identity", "w1")
    assert cmd.identity == "w1" and binder.bound == {"Identity": "w1"}


def test_parameter_names_ignore_case():
    cmd, _ = bind(GetWidget, "-IDENTITY", "w1")
    assert cmd.identity == "w1"


def test_unique_prefix():
    cmd, _ = bind(GetWidget, "-Ident", "w1")
    assert cmd.identity == "w1"
    cmd, _ = bind(GetWidget, "-Fi", "x*")
    assert cmd.filter == "x*"


def test_alias():
    cmd, binder = bind(GetWidget, "-n", 3)
    assert cmd.count == 3 and "Count" in binder.bound


def test_ambiguous_prefix():
    record = bind_error(GetWidget, "-F", "x")
    assert record.error_id == "AmbiguousParameter,Tests.GetWidgetCommand"
    assert record.message == ("Parameter cannot be processed because the parameter name 'F' is ambiguous. "
                              "Possible matches include: -Filter -Format.")
    assert record.exception_type == "ParameterBindingException"


def test_unknown_name():
    record = bind_error(GetWidget, "-Bogus", "x")
    assert record.error_id == "NamedParameterNotFound,Tests.GetWidgetCommand"
    assert record.message == "A parameter cannot be found that matches parameter name 'Bogus'."


def test_missing_argument():
    record = bind_error(GetWidget, "-Count")
    assert record.error_id.startswith("MissingArgument,")
    assert record.message == ("Missing an argument for parameter 'Count'. Specify a parameter of type "
                              "'System.Int32' and try again.")


def test_parameter_given_twice():
    record = bind_error(GetWidget, "-Count", 1, "-n", 2)
    assert record.error_id.startswith("ParameterAlreadyBound,")
    assert "parameter 'Count' is specified more than once" in record.message


def test_common_parameters_are_accepted():
    _, binder = bind(GetWidget, "-ErrorAction", "SilentlyContinue", "-Verbose", "-ea", "Stop")
    assert binder.common["ErrorAction"] == "Stop" and binder.common["Verbose"] is True


def test_ambiguous_prefix_of_common_parameters():
    record = bind_error(GetWidget, "-Err", "x")
    assert record.error_id.startswith("AmbiguousParameter,")



# -- positional values ------------------------------------------------------------------------------

def test_positional_values_in_order():
    cmd, _ = bind(NewWidget, "a", 5)
    assert (cmd.name, cmd.size) == ("a", 5)


def test_positional_after_named():
    cmd, _ = bind(NewWidget, "-Size", 2, "a")
    assert (cmd.name, cmd.size) == ("a", 2)


def test_too_many_positional_values():
    record = bind_error(NewWidget, "a", 5, "extra")
    assert record.error_id == "PositionalParameterNotFound,Tests.NewWidgetCommand"
    assert record.message == "A positional parameter cannot be found that accepts argument 'extra'."


def test_stray_dash_gets_a_hint():
    record = bind_error(GetWidget, "-", "Filter", "*.org")
    assert record.error_id.startswith("PositionalParameterNotFound,")
    assert "-Filter" in record.hint


# -- switches ------------------------------------------------------------------------------------

def test_switch_present():
    cmd, _ = bind(GetWidget, "-LocalStore")
    assert cmd.local_store is True


def test_switch_absent_is_false():
    cmd, binder = bind(GetWidget)
    assert cmd.local_store is False and "LocalStore" not in binder.bound


def test_switch_colon_false():
    cmd, binder = bind(GetWidget, ("-LocalStore:", False))
    assert cmd.local_store is False and binder.bound["LocalStore"] is False


def test_switch_does_not_take_the_next_value():
    cmd, _ = bind(GetWidget, "-LocalStore", "w1")
    assert cmd.local_store is True and cmd.identity == "w1"


# -- conversion ----------------------------------------------------------------------------------

def test_values_are_converted_to_the_parameter_type():
    cmd, _ = bind(GetWidget, "-Count", "42", "-Color", "blue", "-Tags", "one")
    assert cmd.count == 42 and cmd.color is Color.Blue and cmd.tags == ["one"]


def test_conversion_error_message():
    record = bind_error(GetWidget, "-Count", "abc")
    assert record.error_id == "CannotConvertArgumentNoMessage,Tests.GetWidgetCommand"
    assert record.message == ('Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". '
                              'Error: "Input string was not in a correct format."')


def test_enum_conversion_error_lists_the_names():
    record = bind_error(GetWidget, "-Color", "Purple")
    assert record.message.startswith("Cannot bind parameter 'Color'. Cannot convert value \"Purple\" to type "
                                     '"Contoso.Color".')
    assert "Red, Green, Blue" in record.message


def test_boolean_parameter_rejects_text():
    record = bind_error(GetWidget, "-Enabled", "yes")
    assert record.error_id.startswith("CannotConvertArgument,")
    assert record.message == "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'Enabled'. "
    assert record.exception_type == "ParameterBindingException"


def test_boolean_parameter_takes_numbers():
    cmd, _ = bind(GetWidget, "-Enabled", 0)
    assert cmd.enabled is False


# -- parameter sets and mandatory parameters ---------------------------------------------------------

def test_default_set_without_arguments():
    _, binder = bind(GetWidget)
    assert binder.set_name == IDENTITY


def test_a_named_parameter_picks_its_set():
    _, binder = bind(GetWidget, "-Filter", "x*")
    assert binder.set_name == FILTER


def test_a_positional_value_picks_the_positional_set():
    cmd, binder = bind(GetWidget, "w1")
    assert binder.set_name == IDENTITY and cmd.identity == "w1"


def test_parameters_from_two_sets():
    record = bind_error(GetWidget, "-Identity", "a", "-Filter", "b")
    assert record.error_id == "AmbiguousParameterSet,Tests.GetWidgetCommand"
    assert record.message == "Parameter set cannot be resolved using the specified named parameters."


def test_parameters_in_all_sets_do_not_narrow():
    _, binder = bind(GetWidget, "-Filter", "x", "-Count", 1)
    assert binder.set_name == FILTER


def test_missing_mandatory_parameter():
    record = bind_error(NewWidget)
    assert record.error_id == "MissingMandatoryParameter,Tests.NewWidgetCommand"
    assert record.message == ("Cannot process command because of one or more missing mandatory parameters: "
                              "Name.")


def test_mandatory_parameter_picks_the_set():
    _, binder = bind(SetWidget, "-ById", 3)
    assert binder.set_name == "ById"


def test_no_set_can_be_chosen():
    record = bind_error(SetWidget, "-Note", "x")
    assert record.error_id.startswith("AmbiguousParameterSet,")


# -- pipeline input ------------------------------------------------------------------------------

class AddThing(Cmdlet):
    verb, noun = "Add", "Thing"
    implementing_type = "Tests.AddThingCommand"

    value = Parameter(int, pipeline=True)
    name = Parameter(str, by_property_name=True, aliases=("Label",))


def test_pipeline_by_value():
    cmd, binder = bind(AddThing, expects_input=True)
    assert binder.bind_pipeline(5) and cmd.value == 5
    assert binder.bind_pipeline("7") and cmd.value == 7


def test_pipeline_by_property_name_and_alias():
    cmd, binder = bind(AddThing, expects_input=True)
    assert binder.bind_pipeline(PSObject({"Name": "n1"})) and cmd.name == "n1"
    assert binder.bind_pipeline(PSObject({"Label": "n2"})) and cmd.name == "n2"


def test_pipeline_value_that_fits_nothing():
    _, binder = bind(AddThing, expects_input=True)
    assert binder.bind_pipeline("not a number") is False


def test_pipeline_values_do_not_stick():
    cmd, binder = bind(AddThing, expects_input=True)
    binder.bind_pipeline(PSObject({"Name": "n1"}))
    binder.bind_pipeline(3)
    assert cmd.name is None and cmd.value == 3


# -- through the shell ----------------------------------------------------------------------------

@pytest.fixture
def shell():
    sh = Shell(store=":memory:", modules=("cmdlets.core",))
    sh.context.commands.add_module(Module("Tests", (GetWidget, NewWidget, SetWidget)))
    yield sh
    sh.close()


def test_shell_binds_named_and_switch(shell):
    result = shell.run("Get-Widget -Ident w1 -LocalStore -n 2")
    assert result.errors == ""
    assert result.output == "Identity:w1:2:True:None\n"


def test_shell_switch_colon_false(shell):
    assert shell.run("Get-Widget -LocalStore:$false").output == "Identity::None:False:None\n"


def test_shell_positional_number_then_named(shell):
    result = shell.run("New-Widget a 5")
    assert result.output == "a/5\n"


def test_shell_number_argument_followed_by_a_parameter(shell):
    result = shell.run("New-Widget -Size 5 -Name a")
    assert result.errors == "" and result.output == "a/5\n"



def test_shell_renders_binding_errors(shell):
    result = shell.run("Get-Widget -Bogus 1")
    assert result.output == ""
    assert result.errors.startswith(
        "Get-Widget : A parameter cannot be found that matches parameter name 'Bogus'.\n")
    assert "    + CategoryInfo          : InvalidArgument: (:) [Get-Widget], ParameterBindingException\n" in result.errors
    assert "    + FullyQualifiedErrorId : NamedParameterNotFound,Tests.GetWidgetCommand\n" in result.errors


def test_shell_conversion_error(shell):
    result = shell.run("Get-Widget -Count abc")
    assert "FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Tests.GetWidgetCommand" in result.errors
    assert "Cannot bind parameter 'Count'. Cannot convert value \"abc\" to type \"System.Int32\"." in result.errors


def test_shell_missing_mandatory(shell):
    result = shell.run("New-Widget")
    assert "FullyQualifiedErrorId : MissingMandatoryParameter,Tests.NewWidgetCommand" in result.errors


def test_shell_splatting(shell):
    result = shell.run('$p = @{Identity = "w9"; Count = 4}; Get-Widget @p')
    assert result.output == "Identity:w9:4:False:None\n"
