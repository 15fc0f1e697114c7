"""Tab completion: what may come at the cursor, from the command declarations and the live session.

Nothing here keeps a list of commands, parameters or values of its own:

* command names come from the command table (cmdlets, aliases) and the session's functions;
* parameter names from the command's metadata, only those of the parameter sets still possible
  and not given yet, then the common parameters;
* parameter values from the parameter's type (enum members, `$true`/`$false`), its `value_hint`
  (a module's completer, such as the Lync store's identities; `path` for file names);
* variables from the session's scopes, and members after `$x.` from the variable's live value;
* members after `$_.` inside a script block given to a command downstream of another, from the
  upstream command's declared output type and its module's table of property names. Nothing runs.

:func:`complete` returns :class:`Candidate` objects; the prompt_toolkit adapter lives in
completer.py. The text is read with the engine's parser (scan.py), so completion and execution
never disagree about what a word is.
"""
from __future__ import annotations

import fnmatch
import os
from pyshell.structs import dataclass
from typing import Any, Iterable

from pyshell.commands.parameters import COMMON_PARAMETERS
from pyshell.language.tokens import DASH_OPERATORS, DASHES, DOUBLE_QUOTES, SINGLE_QUOTES, T, Token
from pyshell.runtime.conversion import ListOf, type_display_name
from pyshell.runtime.values import PSEnum, SwitchParameter

from .members import live_members, static_type_members, type_members
from .scan import Element, Structure, scan

__all__ = ["Candidate", "Completions", "complete"]

MAX_PATHS = 300
# The most values a module's completer may offer at once; a completer that reads a large store
# should stop there itself (the Lync identities do) and say how many there were (Completions).
MAX_VALUES = 300
_WORDISH = {T.GENERIC, T.PARAMETER, T.VARIABLE, T.IDENT, T.STRING, T.EXPANDABLE, T.NUMBER, T.DOT,
            T.COLONCOLON, T.OPERATOR}
_NEEDS_QUOTES = set(" \t'\"$`;,(){}|&<>") | set(SINGLE_QUOTES) | set(DOUBLE_QUOTES)
_NEEDS_QUOTES_FIRST = set("@#[") | set(DASHES)     # mid-word these are plain characters
# How PowerShell spells its automatic and preference variables (the session keeps names lower-cased).
_SPELLINGS = {n.lower(): n for n in (
    "PSVersionTable", "FormatEnumerationLimit", "ErrorActionPreference", "WarningPreference", "VerbosePreference",
    "DebugPreference", "InformationPreference", "ProgressPreference", "ConfirmPreference", "WhatIfPreference",
    "ErrorView", "HOME", "PID", "PWD", "LASTEXITCODE", "MaximumHistoryCount", "Host", "PROFILE", "Error",
    "PSItem", "Matches", "OFS", "PSScriptRoot", "PSCommandPath", "ExecutionContext", "true", "false", "null",
    "args", "input", "this")}


@dataclass(frozen=True)
class Candidate:
    text: str           # replaces text[start:cursor]
    start: int
    display: str = ""
    meta: str = ""


class Completions(list):
    """The candidates :func:`complete` found. When there were too many to offer (a store of
    thousands of identities), only the first are here and ``total`` is how many there are in all;
    otherwise ``total`` is None."""

    total: int | None = None


@dataclass
class _Word:
    start: int
    text: str
    token: Token | None
    value: str          # what the user means so far, without quotes
    quote: str          # the opening quote, if any


def complete(text: str, cursor: int, context: Any, spellings: Iterable[str] = ()) -> Completions:
    """Completions for the word ending at ``cursor`` in ``text`` (empty list if none fit)."""
    before = text[:cursor]
    result = scan(before)
    tokens = result.tokens
    word = _word_at_end(before, tokens)
    if word is None:
        return Completions()
    structure = Structure(tokens)
    engine = _Engine(context, structure, tokens, word, spellings)
    found = Completions(engine.run())
    if engine.left_out:
        found.total = len(found) + engine.left_out
    return found


def _word_at_end(text: str, tokens: list[Token]) -> _Word | None:
    last = tokens[-1] if tokens else None
    end = len(text)
    if last is not None and last.extent.end == end and last.kind in _WORDISH:
        quote = last.text[:1] if last.kind in (T.STRING, T.EXPANDABLE) else ""
        value = last.value if isinstance(last.value, str) else last.text
        if last.kind is T.VARIABLE:
            value = last.text
        return _Word(last.extent.start, last.text, last, value, quote)
    tail = text[last.extent.end if last is not None else 0:]
    stripped = tail.lstrip()
    if not stripped:
        return _Word(end, "", None, "", "")
    if stripped.startswith("#") or stripped.startswith("<#"):
        return None
    if stripped[0] not in SINGLE_QUOTES + DOUBLE_QUOTES:
        stripped = stripped.split()[-1] if stripped.split() else ""
    if "\n" in stripped:
        return None
    start = end - len(stripped)
    quote = stripped[:1] if stripped[:1] and stripped[0] in SINGLE_QUOTES + DOUBLE_QUOTES else ""
    return _Word(start, stripped, None, stripped[1:] if quote else stripped, quote)


class _Engine:
    def __init__(self, context: Any, structure: Structure, tokens: list[Token], word: _Word,
                 spellings: Iterable[str]):
        self.ctx = context
        self.structure = structure
        self.tokens = tokens
        self.word = word
        self.spellings = dict(_SPELLINGS)
        self.left_out = 0       # values a module's completer had but did not offer
        for name in spellings:
            self.spellings.setdefault(name.lower(), name)

    def run(self) -> list[Candidate]:
        word, tok = self.word, self.word.token
        static = self._static_target()
        if static is not None:
            return self.static_members(*static)
        member = self._member_chain()
        if member is not None:
            return self.members(*member)
        if (tok is not None and tok.kind is T.VARIABLE) or word.text.startswith("$"):
            return self.variables()
        element = self.structure.current()
        if element is None or not element.tokens or (tok is not None and element.tokens[0] is tok) \
                or (tok is not None and element.command_token is tok):
            if element is not None and element.kind == "expression" and element.tokens and tok is not None:
                return self.operators() if _dashed(word.text) else []
            return self.commands()
        if element.kind == "command":
            if tok is not None and tok.kind is T.PARAMETER and tok.value.colon:
                return self.values_for(element, [tok])
            if _dashed(word.text) and not word.quote:
                return self.parameters(element)
            return self.arguments(element)
        if element.kind == "expression" and _dashed(word.text):
            return self.operators()
        return self.paths() if _looks_like_path(word.value) else []

    # -- candidates ------------------------------------------------------------------------------
    def _out(self, items: Iterable[tuple[str, str, str]], start: int | None = None) -> list[Candidate]:
        start = self.word.start if start is None else start
        seen: set[str] = set()
        out: list[Candidate] = []
        for text, display, meta in items:
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            out.append(Candidate(text, start, display or text, meta))
        return out

    def commands(self) -> list[Candidate]:
        prefix = self.word.value
        if _looks_like_path(prefix):
            return self.paths()
        table = getattr(self.ctx, "commands", None)
        found: list[tuple[str, str, str]] = []
        if table is not None:
            for name in table.cmdlet_names():
                cls = table.resolve(name)
                found.append((name, name, getattr(cls, "synopsis", "") or "Cmdlet"))
            for alias, target in table.aliases.items():
                found.append((alias, alias, f"Alias of {target}"))
        for info in _functions(self.ctx):
            found.append((info.name, info.name, "Function"))
        chosen = [f for f in found if _matches(f[0], prefix)]
        chosen.sort(key=lambda f: f[0].lower())
        return self._out(chosen)

    def variables(self) -> list[Candidate]:
        raw = self.word.text
        sigil = "@" if raw.startswith("@") else "$"
        body = raw[1:]
        if body.startswith("{"):
            return []
        scope = ""
        if ":" in body:
            scope, body = body.split(":", 1)
            if scope.lower() == "env":
                names = sorted(getattr(self.ctx, "env", {}) or {}, key=str.lower)
                return self._out((f"{sigil}{scope}:{n}", n, "Environment variable")
                                 for n in names if _matches(n, body))
            scope += ":"
        names = set(_variable_names(self.ctx))
        names.update(("true", "false", "null"))
        if self.structure.enclosing_blocks():
            names.update(("_", "psitem"))
        chosen = sorted((self._spell(n, body) for n in names if _matches(n, body)), key=str.lower)
        return self._out((f"{sigil}{scope}{n}", n, "Variable") for n in chosen)

    def _spell(self, name: str, typed: str) -> str:
        known = self.spellings.get(name.lower())
        if known is not None:
            return known
        if typed and name.lower().startswith(typed.lower()):
            return typed + name[len(typed):]
        return name

    def operators(self) -> list[Candidate]:
        prefix = self.word.text.lstrip(DASHES)
        names = sorted({op for op in DASH_OPERATORS if op.startswith(prefix.lower())})
        return self._out((f"-{n}", f"-{n}", "Operator") for n in names)

    # -- members ---------------------------------------------------------------------------------
    def _member_chain(self) -> tuple[Token, list[str], str] | None:
        """(root variable token, member names after it, partial name) when completing `$x.Name`."""
        tokens, tok = self.tokens, self.word.token
        if tok is None:
            return None
        i = len(tokens) - 1
        if tok.kind in (T.DOT, T.COLONCOLON):
            partial = ""
            dot = i
        elif tok.kind is T.IDENT and i > 0 and tokens[i - 1].kind is T.DOT and _adjacent(tokens[i - 1], tok):
            partial = tok.value
            dot = i - 1
        else:
            return None
        chain: list[str] = []
        j = dot - 1
        while j >= 0 and _adjacent(tokens[j], tokens[j + 1]):
            t = tokens[j]
            if t.kind is T.VARIABLE:
                return t, chain, partial
            if t.kind is T.IDENT and j > 0 and tokens[j - 1].kind is T.DOT and _adjacent(tokens[j - 1], t):
                chain.insert(0, t.value)
                j -= 2
                continue
            return None
        return None

    def _static_target(self) -> tuple[str, str] | None:
        """(type name, partial member name) when completing `[Type]::Name`."""
        tokens, tok = self.tokens, self.word.token
        if tok is None:
            return None
        i = len(tokens) - 1
        if tok.kind is T.COLONCOLON:
            partial, colons = "", i
        elif tok.kind is T.IDENT and i > 0 and tokens[i - 1].kind is T.COLONCOLON and _adjacent(tokens[i - 1], tok):
            partial, colons = tok.value, i - 1
        else:
            return None
        if colons == 0 or tokens[colons - 1].kind is not T.LBRACKET or tok.extent.source is None:
            return None
        # The scanner gives a type literal's name no tokens: it is the text up to the `]` before `::`.
        inner = tok.extent.source.text[tokens[colons - 1].extent.end:tokens[colons].extent.start]
        if not inner.endswith("]"):
            return None
        return inner[:-1].strip(), partial

    def static_members(self, type_name: str, partial: str) -> list[Candidate]:
        found = static_type_members(self.ctx, type_name)
        chosen = sorted((m for m in found if _matches(m[0].rstrip("("), partial)), key=lambda m: m[0].lower())
        start = self.word.start if self.word.token.kind is T.IDENT else self.word.start + len(self.word.text)
        return self._out(((name, name, meta) for name, meta in chosen), start)

    def members(self, root: Token, chain: list[str], partial: str) -> list[Candidate]:
        var = root.value
        found: list[tuple[str, str]] = []
        if var.name.lower() in ("_", "psitem") and not var.scope:
            if not chain:
                found = self._dollar_under_members()
        else:
            found = live_members(self.ctx, var.name, var.scope, chain)
        chosen = sorted((m for m in found if _matches(m[0].rstrip("()"), partial)), key=lambda m: m[0].lower())
        start = self.word.start if self.word.token.kind is T.IDENT else self.word.start + len(self.word.text)
        return self._out(((name, name, meta) for name, meta in chosen), start)

    def _dollar_under_members(self) -> list[tuple[str, str]]:
        for frame in self.structure.enclosing_blocks():
            owner = frame.owner
            while owner is not None and owner.frame.kind is T.AT_CURLY:
                owner = owner.frame.owner      # Select-Object @{E={$_.x}}: the hashtable's command
            if owner is None:
                return []
            if owner.kind == "keyword":
                continue                        # if/foreach blocks: $_ is still the outer one
            if owner.kind != "command" or owner.upstream is None:
                return []
            return self._output_members(owner.upstream, 0)
        return []

    def _output_members(self, element: Element, depth: int) -> list[tuple[str, str]]:
        if depth > 8:
            return []
        if element.kind == "expression" and len(element.tokens) == 1 and element.tokens[0].kind is T.VARIABLE:
            var = element.tokens[0].value
            return live_members(self.ctx, var.name, var.scope, [], first_item=True)
        cls = self._resolve(element)
        if cls is None or not hasattr(cls, "metadata"):
            return []
        types = tuple(getattr(cls, "output_types", ()) or ())
        if types:
            return type_members(self.ctx, types)
        if getattr(cls, "passes_input_through", False) and element.upstream is not None:
            return self._output_members(element.upstream, depth + 1)
        return []

    # -- parameters ----------------------------------------------------------------------------------
    def _resolve(self, element: Element) -> Any:
        name = element.command_name
        table = getattr(self.ctx, "commands", None)
        if not name or table is None:
            return None
        try:
            return table.resolve(name, self.ctx)
        except Exception:  # noqa: BLE001
            return None

    def _metadata(self, element: Element) -> tuple[Any, Any]:
        target = self._resolve(element)
        if target is None:
            return None, None
        meta = getattr(target, "metadata", None)
        if meta is None and hasattr(target, "body"):
            meta = _function_metadata(self.ctx, target)
        return target, meta

    def _given(self, element: Element, meta: Any) -> list[Any]:
        given = []
        for tok in element.tokens[1:]:
            if tok is self.word.token or tok.kind is not T.PARAMETER:
                continue
            found = meta.lookup(tok.value.name)
            if len(found) == 1 and found[0] not in given:
                given.append(found[0])
        return given

    def _possible_sets(self, meta: Any, given: list[Any]) -> list[str]:
        sets = [s for s in meta.effective_sets() if all(p.in_set(s) for p in given)]
        return sets or meta.effective_sets()

    def parameters(self, element: Element) -> list[Candidate]:
        target, meta = self._metadata(element)
        if meta is None:
            return []
        prefix = self.word.text.lstrip(DASHES)
        given = self._given(element, meta)
        sets = self._possible_sets(meta, given)
        found = []
        for p in meta.parameters:
            if p in given or getattr(p, "dont_show", False) or not any(p.in_set(s) for s in sets):
                continue
            if _matches(p.name, prefix):
                found.append((f"-{p.name}", f"-{p.name}", _type_note(p.type)))
        given_names = {p.name.lower() for p in given}
        common = list(COMMON_PARAMETERS)
        if getattr(target, "supports_should_process", False) or getattr(meta, "supports_should_process", False):
            common += ["WhatIf", "Confirm"]
        for name in common:
            if name.lower() not in given_names and _matches(name, prefix):
                found.append((f"-{name}", f"-{name}", "Common parameter"))
        return self._out(found)

    def arguments(self, element: Element) -> list[Candidate]:
        """The value of a named parameter, or of the positional one this word would bind to."""
        target, meta = self._metadata(element)
        if meta is None:
            return self.paths()
        pending = None
        positional = 0
        after_colon = False
        args = [t for t in element.tokens[1:] if t is not self.word.token]
        prev: Token | None = element.tokens[0]
        for tok in args:
            starts_item = tok.kind is T.PARAMETER or (tok.space_before and not (prev and prev.kind is T.COMMA)
                                                      and tok.kind is not T.COMMA)
            if tok.kind is T.PARAMETER:
                found = meta.lookup(tok.value.name)
                p = found[0] if len(found) == 1 else None
                pending = p if p is not None and (tok.value.colon or not p.is_switch) else None
                after_colon = tok.value.colon
            elif starts_item or after_colon:
                if pending is not None:
                    pending = None
                else:
                    positional += 1
                after_colon = False
            prev = tok
        if pending is not None:
            return self.values(target, [pending])
        given = self._given(element, meta)
        sets = self._possible_sets(meta, given)
        slots: dict[int, list[Any]] = {}
        for s in sets:
            for p in meta.positional(s):
                pos = p.options(s).position
                if p not in given and p not in slots.setdefault(pos, []):
                    slots[pos].append(p)
        order = sorted(slots)
        if positional < len(order):
            return self.values(target, slots[order[positional]])
        return self.paths() if _looks_like_path(self.word.value) else []

    def values_for(self, element: Element, param_tokens: list[Token]) -> list[Candidate]:
        target, meta = self._metadata(element)
        if meta is None:
            return []
        found = meta.lookup(param_tokens[0].value.name)
        if len(found) != 1:
            return []
        self.word = _Word(self.word.start + len(self.word.text), "", None, "", "")
        return self.values(target, found)

    def values(self, target: Any, params: list[Any]) -> list[Candidate]:
        word = self.word
        items: list[tuple[str, str, str]] = []
        module_items: list[tuple[str, str, str]] = []
        for p in params:
            ptype = p.type.item if isinstance(p.type, ListOf) else p.type
            hint = getattr(p, "value_hint", "")
            if hint == "path":
                return self.paths()
            if hint:
                # The module's completer already chose what fits the word (a user may be found by
                # display name, and offered by SIP address): take its answers as they are.
                module_items += [(_quoted(value, word.quote), value, note)
                                 for value, note in self._module_values(target, p, hint)]
            if isinstance(ptype, type) and issubclass(ptype, PSEnum):
                names = sorted(ptype.__members__)
                items += [(_quoted(n, word.quote), n, ptype.ps_type_name()) for n in names]
            elif ptype is bool or (ptype is SwitchParameter and word.token is None):
                items += [("$true", "$true", "Boolean"), ("$false", "$false", "Boolean")]
        chosen = module_items + [i for i in items if _matches(i[1], word.value) or
                                 (i[1].startswith("$") and _matches(i[1], word.text))]
        if not chosen and _looks_like_path(word.value):
            return self.paths()
        return self._out(chosen)

    def _module_values(self, target: Any, param: Any, hint: str) -> list[tuple[str, str]]:
        modules = getattr(self.ctx, "modules", {}) or {}
        module = modules.get(str(getattr(target, "module_name", "")).lower())
        completer = getattr(module, "completers", {}).get(hint) if module is not None else None
        if completer is None:
            return []
        found = completer(self.ctx, target, param, self.word.value) or []
        total = getattr(found, "total", None)
        if not isinstance(found, list):
            found = list(found)
        kept = found[:MAX_VALUES]
        self.left_out += max(total or 0, len(found)) - len(kept)
        out: list[tuple[str, str]] = []
        for item in kept:
            if isinstance(item, tuple):
                out.append((str(item[0]), str(item[1]) if len(item) > 1 else ""))
            else:
                out.append((str(item), ""))
        return out

    # -- paths ---------------------------------------------------------------------------------------
    def paths(self) -> list[Candidate]:
        word = self.word
        typed = word.value
        expanded = os.path.expanduser(typed) if typed.startswith("~") else typed
        head, tail = os.path.split(expanded)
        shown_head = typed[:len(typed) - len(tail)]
        directory = head or "."
        if getattr(self.ctx, "location", None):
            # Relative to the session's location (and through its drives), not the process's directory.
            from pyshell.runtime.location import PathProblem, native_path
            try:
                directory = native_path(self.ctx, directory)
            except PathProblem:
                return []
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name.lower())
        except OSError:
            return []
        items = []
        for entry in entries[:MAX_PATHS * 4]:
            if entry.name.startswith(".") and not tail.startswith("."):
                continue
            if not entry.name.lower().startswith(tail.lower()):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            shown = shown_head + entry.name + (os.sep if is_dir else "")
            items.append((_quoted(shown, word.quote), entry.name + (os.sep if is_dir else ""),
                          "Directory" if is_dir else "File"))
            if len(items) >= MAX_PATHS:
                break
        return self._out(items)


# --- helpers -------------------------------------------------------------------------------------

def _adjacent(a: Token, b: Token) -> bool:
    return a.extent.end == b.extent.start


def _dashed(text: str) -> bool:
    return bool(text) and text[0] in DASHES


def _looks_like_path(text: str) -> bool:
    return bool(text) and ("/" in text or "\\" in text or text.startswith(".") or text.startswith("~"))


def _matches(name: str, typed: str) -> bool:
    if any(c in typed for c in "*?"):
        return fnmatch.fnmatchcase(name.lower(), typed.lower() + "*")
    return name.lower().startswith(typed.lower())


def _quoted(value: str, quote: str) -> str:
    if quote:
        if quote in SINGLE_QUOTES:
            return "'" + value.replace("'", "''") + "'"
        return '"' + value.replace("`", "``").replace('"', '`"').replace("$", "`$") + '"'
    if value == "" or value[0] in _NEEDS_QUOTES_FIRST or any(c in _NEEDS_QUOTES for c in value):
        return "'" + value.replace("'", "''") + "'"
    return value


def _type_note(ptype: Any) -> str:
    if ptype is SwitchParameter:
        return "[switch]"
    try:
        return "[" + type_display_name(ptype).rsplit(".", 1)[-1] + "]"
    except Exception:  # noqa: BLE001
        return ""


def _functions(ctx: Any) -> list[Any]:
    out: dict[str, Any] = {}
    scope = getattr(ctx, "scope", None)
    while scope is not None:
        for key, info in getattr(scope, "functions", {}).items():
            out.setdefault(key, info)
        scope = scope.parent
    return list(out.values())


def _variable_names(ctx: Any) -> list[str]:
    names: set[str] = set()
    scope = getattr(ctx, "scope", None)
    while scope is not None:
        names.update(getattr(scope, "vars", {}).keys())
        scope = scope.parent
    return sorted(names)


def _function_metadata(ctx: Any, info: Any) -> Any:
    compiled = getattr(info.body, "block", None)
    meta = getattr(compiled, "metadata", None)
    if meta is not None:
        return meta
    try:
        from pyshell.commands.function_metadata import build_metadata
        return build_metadata(ctx, info.name, info.body.node)
    except Exception:  # noqa: BLE001 - a function whose parameters cannot be read offers none
        return None

