"""argparse: parsing command lines into a Namespace, with usage, help and
error messages, written for ingot from the documented behaviour of
CPython 3.11's module (tests/stdlib/check_argparse.py compares the two).

How it is built:
- every argument is one `Action` record; what it does when it is met is
  named by its `_kind` ('store', 'count', ...), so the parser holds plain
  records and a program's own Action subclasses override `__call__`;
- `ArgumentParser` keeps the actions in order, a dict from option string to
  action, the argument groups its help is made of, and its mutually
  exclusive groups;
- parsing (`_Parse`) first marks each argument string as an option ('O'),
  an argument ('A') or the '--' separator ('-'), then matches runs of
  that pattern against each action's nargs with a small backtracking
  matcher (`_match_runs`) that takes as much as CPython's regular
  expressions would, so arguments are shared out among positionals alike;
- `HelpFormatter` collects usage, text and argument items in sections and
  lays them out when asked, so the help column can depend on every
  argument's length.

Typing: ingot infers types over the whole program, and add_argument is
called in more ways than a function keeps typed versions of, so Action
keeps the fields the parser reads as str/bool/list[str] whatever it was
given; namespaces are read back through `__dict__` (a getattr by a name
known only at run time could find a method, making every method dynamic).

Left out: FileType (a program using it stops with AttributeError: module
'argparse' has no attribute 'FileType'), parse_intermixed_args,
parser.register, add_subparsers(parser_class=); parse_args(namespace=)
takes a Namespace; BooleanOptionalAction is a marker for action=, not an
Action subclass.
"""
import os
import sys
import textwrap

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "Action", "BooleanOptionalAction",
           "Namespace", "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter",
           "MetavarTypeHelpFormatter", "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "PARSER", "REMAINDER"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

# The whitespace help text is squeezed on (CPython's `\s` in ASCII mode).
_SQUEEZED = " \t\n\r\x0b\x0c"


class _Unset:
    """The value of a keyword argument that was not given."""


_UNSET = _Unset()


def _text(value):
    """A str or None, as str or None (a value of a wider type made one)."""
    return None if value is None else str(value)


def _arg_text(arg):
    """A command-line string given to parse_args (typed str from here on)."""
    if not isinstance(arg, str):
        raise TypeError("argparse: the arguments to parse must be str, not %s" % type(arg).__name__)
    return str(arg)


def _is_suppress(value):
    return isinstance(value, str) and value == SUPPRESS


def _squeeze(text):
    """Runs of ASCII whitespace made single spaces."""
    out = []
    in_space = False
    for c in text:
        if c in _SQUEEZED:
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(c)
            in_space = False
    return "".join(out)


def _looks_negative(text):
    """Whether text is a negative number as `-5` or `-.5` (CPython's
    `^-\\d+$|^-\\d*\\.\\d+$`, whose `$` also takes a final newline)."""
    if text.endswith("\n"):
        text = text[:-1]
    if len(text) < 2 or text[0] != "-":
        return False
    digits = text[1:]
    if digits.isdecimal():
        return True
    whole, dot, fraction = digits.partition(".")
    return dot == "." and (whole == "" or whole.isdecimal()) and fraction.isdecimal()


def _terminal_columns():
    """shutil.get_terminal_size's columns: $COLUMNS when it is a positive
    number, else 80 (the terminal itself is not asked)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    return columns if columns > 0 else 80


def _type_name(func):
    name = getattr(func, "__name__", None)
    return name if isinstance(name, str) else repr(func)


def _named(value):
    """A function or class shown in help by its name."""
    if callable(value):
        name = getattr(value, "__name__", None)
        if isinstance(name, str):
            return name
    return value


def _label(action):
    """How messages name an action: its option strings, else its metavar,
    dest or choices; None when it has none of them."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if isinstance(action.metavar, str) and action.metavar != SUPPRESS:
        return action.metavar
    if action.dest is not None and action.dest != SUPPRESS:
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


def _write(text, file, to_stdout):
    if not text:
        return
    if file is not None:
        file.write(text)
    elif to_stdout:
        print(text, end="")
    else:
        print(text, end="", file=sys.stderr)


# The names of each Namespace in the order they were first set, by the
# namespace's id (with the namespace, so that the id stays its own): ingot's
# __dict__ lists the attributes a program reads as fields before the others,
# where CPython's repr shows them in the order they were set.
_SET_ORDER = {}


def _first_set(namespace):
    key = id(namespace)
    if key not in _SET_ORDER:
        _SET_ORDER[key] = (namespace, {})
    return _SET_ORDER[key][1]


class Namespace:
    """The parsed values, one attribute per dest. (The parser reads them
    back through `__dict__`: a getattr by a name known only at run time
    could be a method, which would make every method dynamic.)"""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        _first_set(self).setdefault(name, None)

    def __delattr__(self, name):
        object.__delattr__(self, name)
        _first_set(self).pop(name, None)

    def __repr__(self):
        shown = []
        others = {}
        values = self.__dict__
        names = [name for name in _first_set(self) if name in values]
        names.extend([name for name in values if name not in names])
        for name in names:
            value = values[name]
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                others[name] = value
        if others:
            shown.append("**%r" % (others,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__

    def _itself(self):
        return self


class ArgumentError(Exception):
    """A command line that does not fit an argument; the parser reports it
    as `prog: error: argument NAME: MESSAGE`."""

    def __init__(self, argument, message):
        self.argument_name = _label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its text is the whole message."""


class FileType:
    """A type= that opens the argument as a file, with open()'s mode,
    buffering, encoding and errors; '-' is standard input (for reading) or
    standard output (for writing), as text or, with 'b', as bytes."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            binary = "b" in self._mode
            if "r" in self._mode:
                return sys.stdin.buffer if binary else sys.stdin
            if "w" in self._mode or "a" in self._mode or "x" in self._mode:
                return sys.stdout.buffer if binary else sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as error:
            raise ArgumentTypeError("can't open '%s': %s" % (string, error))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        if self._encoding is not None:
            shown.append("encoding=%r" % self._encoding)
        if self._errors is not None:
            shown.append("errors=%r" % self._errors)
        return "FileType(" + ", ".join(shown) + ")"


# ---------------------------------------------------------------------------
# Help.


def _metavar_count(nargs):
    """How many names a tuple metavar must hold for nargs; -1: any."""
    if nargs is None or nargs == OPTIONAL or nargs == PARSER:
        return 1
    if nargs == ONE_OR_MORE:
        return 2
    if nargs == REMAINDER or nargs == SUPPRESS or nargs == ZERO_OR_MORE:
        return -1
    if isinstance(nargs, int):
        return max(nargs, 0)
    raise ValueError("invalid nargs value")


def _check_metavar(action):
    """CPython's check, when an argument is added, that nargs is valid and
    a tuple metavar has as many names as nargs shows."""
    wanted = _metavar_count(action.nargs)
    metavar = action.metavar
    if not isinstance(metavar, tuple):
        return
    if action.nargs == ZERO_OR_MORE:
        fits = len(metavar) == 1 or len(metavar) == 2
    else:
        fits = wanted < 0 or len(metavar) == wanted
    if not fits:
        raise ValueError("length of metavar tuple does not match nargs")


def _clean_brackets(text):
    """Drops the spaces just inside brackets and the empty bracket pairs
    that suppressed members of a group leave in a usage line."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        out.append(c)
        i += 1
        if c in "[(" and i < len(text) and text[i] == " ":
            i += 1
    text = "".join(out)
    out = []
    for i, c in enumerate(text):
        if c == " " and i + 1 < len(text) and text[i + 1] in "])":
            continue
        out.append(c)
    text = "".join(out)
    out = []
    i = 0
    while i < len(text):
        if text[i] in "[(":
            j = i + 1
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and text[j] in "])":
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out).strip()


def _bracket_end(text, start, close):
    """Where a bracketed usage piece opened at text[start] ends: after the
    first run of `close` that meets whitespace or the end, not crossing a
    newline; -1 if there is none."""
    j = start + 1
    while j < len(text):
        if text[j] == close:
            k = j
            while k < len(text) and text[k] == close:
                k += 1
            if k == len(text) or text[k].isspace():
                return k
        if text[j] == "\n":
            return -1
        j += 1
    return -1


def _usage_pieces(text):
    """The usage text cut where a long usage may be wrapped: bracketed
    groups whole, other words alone."""
    pieces = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] == "(":
            end = _bracket_end(text, i, ")")
        elif text[i] == "[":
            end = _bracket_end(text, i, "]")
        if end < 0:
            end = i
            while end < len(text) and not text[end].isspace():
                end += 1
        pieces.append(text[i:end])
        i = end
    return pieces


def _fold(pieces, indent, width, first_prefix):
    """Usage pieces on lines of at most width, each line after the first
    starting with indent (the first with first_prefix's length taken)."""
    lines = []
    line = []
    used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
    for piece in pieces:
        if line and used + 1 + len(piece) > width:
            lines.append(indent + " ".join(line))
            line = []
            used = len(indent) - 1
        line.append(piece)
        used += len(piece) + 1
    if line:
        lines.append(indent + " ".join(line))
    if first_prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _squeeze_blank_lines(text):
    """Three or more newlines in a row made two."""
    out = []
    run = 0
    for c in text:
        if c == "\n":
            run += 1
            if run > 2:
                continue
        else:
            run = 0
        out.append(c)
    return "".join(out)


class _HelpItem:
    """A piece of help, laid out when the whole help is known."""

    def render(self, formatter, indent):
        return ""


class _TextItem(_HelpItem):
    def __init__(self, text):
        self.text = text

    def render(self, formatter, indent):
        return formatter._format_text(self.text, indent)


class _UsageItem(_HelpItem):
    def __init__(self, usage, actions, groups, prefix):
        self.usage = usage
        self.actions = actions
        self.groups = groups
        self.prefix = prefix

    def render(self, formatter, indent):
        return formatter._format_usage(self.usage, self.actions, self.groups, self.prefix, indent)


class _ActionItem(_HelpItem):
    def __init__(self, action):
        self.action = action

    def render(self, formatter, indent):
        return formatter._format_action(self.action, indent)


class _HelpSection(_HelpItem):
    """A heading and its items, indented one step under the section above;
    nothing at all when it has no items."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.items = []

    def render(self, formatter, indent):
        inner = indent if self.parent is None else indent + formatter._indent_increment
        body = "".join([item.render(formatter, inner) for item in self.items])
        if not body:
            return ""
        heading = ""
        if self.heading is not None and self.heading != SUPPRESS:
            heading = " " * indent + self.heading + ":\n"
        return "\n" + heading + body + "\n"


class HelpFormatter:
    """Lays out usage and help. Subclasses change `_fill_text` (paragraphs),
    `_split_lines` (argument help), `_get_help_string` and the default
    metavars, as CPython's do."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._root = _HelpSection(None, None)
        self._section = self._root

    # Collecting the pieces.

    def start_section(self, heading):
        self._current_indent += self._indent_increment
        section = _HelpSection(self._section, heading)
        self._section.items.append(section)
        self._section = section

    def end_section(self):
        self._section = self._section.parent
        self._current_indent -= self._indent_increment

    def add_text(self, text):
        if text is not None and text != SUPPRESS:
            self._section.items.append(_TextItem(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage != SUPPRESS:
            self._section.items.append(_UsageItem(usage, list(actions), list(groups), prefix))

    def add_argument(self, action):
        if action.help == SUPPRESS:
            return
        longest = len(self._format_action_invocation(action))
        for sub in action._subactions:
            longest = max(longest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, longest + self._current_indent)
        self._section.items.append(_ActionItem(action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root.render(self, 0)
        if text:
            text = _squeeze_blank_lines(text).strip("\n") + "\n"
        return text

    # Paragraphs.

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % {"prog": self._prog}
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, " " * indent) + "\n\n"

    def _fill_text(self, text, width, indent):
        text = _squeeze(text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return textwrap.wrap(_squeeze(text).strip(), width)

    # Names and metavars.

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavars(self, action, default, count):
        """The names nargs shows: a tuple metavar's, else count copies of
        the metavar, the choices in braces or the default."""
        metavar = action.metavar
        if isinstance(metavar, tuple):
            return [str(name) for name in metavar]
        if metavar is not None:
            name = metavar
        elif action.choices is not None:
            name = "{" + ",".join([str(choice) for choice in action.choices]) + "}"
        else:
            name = default
        return [name] * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs == REMAINDER:
            return "..."
        if nargs == SUPPRESS:
            return ""
        count = _metavar_count(nargs)
        names = self._metavars(action, default_metavar, 1 if count < 0 else count)
        if nargs is None:
            return names[0]
        if nargs == OPTIONAL:
            return "[%s]" % names[0]
        if nargs == ZERO_OR_MORE:
            if len(names) == 2:
                return "[%s [%s ...]]" % (names[0], names[1])
            return "[%s ...]" % names[0]
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (names[0], names[1])
        if nargs == PARSER:
            return "%s ..." % names[0]
        return " ".join(names)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavars(action, self._get_default_metavar_for_positional(action), 1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join(["%s %s" % (option, shown) for option in action.option_strings])

    # Usage.

    def _actions_usage(self, actions, groups):
        """The usage of these actions on one line: optionals in brackets,
        mutually exclusive groups as [a | b] or (a | b)."""
        grouped = set()
        inserts = {}
        for group in groups:
            group._mark_usage(actions, grouped, inserts)

        parts = []
        for i, action in enumerate(actions):
            if action.help == SUPPRESS:
                parts.append(None)
                if inserts.get(i) == "|":
                    del inserts[i]
                elif inserts.get(i + 1) == "|":
                    del inserts[i + 1]
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if id(action) in grouped and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    shown = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = "%s %s" % (action.option_strings[0], shown)
                if not action.required and id(action) not in grouped:
                    part = "[%s]" % part
                parts.append(part)
        for at in sorted(inserts, reverse=True):
            # (int and str: with no groups the dict's types are never known.)
            parts.insert(int(at), str(inserts[at]))
        return _clean_brackets(" ".join([part for part in parts if part is not None]))

    def _format_usage(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage % {"prog": self._prog})
        prog = self._prog
        if not actions:
            return "%s%s\n\n" % (prefix, prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        line = " ".join([text for text in (prog, self._actions_usage(optionals + positionals, groups)) if text])
        width = self._width - indent
        if len(prefix) + len(line) <= width:
            return "%s%s\n\n" % (prefix, line)
        option_pieces = _usage_pieces(self._actions_usage(optionals, groups))
        positional_pieces = _usage_pieces(self._actions_usage(positionals, groups))
        if len(prefix) + len(prog) <= 0.75 * width:
            # A short prog: the arguments wrap in a column after it.
            hang = " " * (len(prefix) + len(prog) + 1)
            if option_pieces:
                lines = _fold([prog] + option_pieces, hang, width, prefix)
                lines.extend(_fold(positional_pieces, hang, width, None))
            elif positional_pieces:
                lines = _fold([prog] + positional_pieces, hang, width, prefix)
            else:
                lines = [prog]
        else:
            # A long prog stands on its own line.
            hang = " " * len(prefix)
            lines = _fold(option_pieces + positional_pieces, hang, width, None)
            if len(lines) > 1:
                lines = _fold(option_pieces, hang, width, None) + _fold(positional_pieces, hang, width, None)
            lines = [prog] + lines
        return "%s%s\n\n" % (prefix, "\n".join(lines))

    # Arguments.

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        fields = {"option_strings": action.option_strings, "dest": action.dest, "nargs": action.nargs,
                  "const": _named(action.const), "default": _named(action.default), "type": _named(action.type),
                  "choices": action.choices, "required": action.required, "help": action.help,
                  "metavar": action.metavar, "prog": self._prog}
        if action._kind == "version":
            fields["version"] = action.version
        for key in list(fields):
            if _is_suppress(fields[key]):
                del fields[key]
        if fields.get("choices") is not None:
            fields["choices"] = ", ".join([str(choice) for choice in action.choices])
        return self._get_help_string(action) % fields

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        name_width = help_position - indent - 2
        name = self._format_action_invocation(action)
        first_indent = 0
        if not action.help:
            header = " " * indent + name + "\n"
        elif len(name) <= name_width:
            header = " " * indent + name.ljust(name_width) + "  "
        else:
            header = " " * indent + name + "\n"
            first_indent = help_position
        out = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                out.append(" " * first_indent + lines[0] + "\n")
                for line in lines[1:]:
                    out.append(" " * help_position + line + "\n")
        elif not header.endswith("\n"):
            out.append("\n")
        for sub in action._subactions:
            out.append(self._format_action(sub, indent + self._indent_increment))
        return "".join(out)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ""
        if "%(default)" not in text and not _is_suppress(action.default):
            if action.option_strings or action.nargs == OPTIONAL or action.nargs == ZERO_OR_MORE:
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# The program's own Action classes, which add_argument's action= may name.
_ACTION_CLASSES = []

# The built-in actions: CPython's class for each (for reprs and messages)
# and the keyword arguments that class takes besides option_strings/dest.
_KINDS = {
    "store": ("_StoreAction", "nargs const default type choices required help metavar"),
    "store_const": ("_StoreConstAction", "const default required help metavar"),
    "store_true": ("_StoreTrueAction", "default required help"),
    "store_false": ("_StoreFalseAction", "default required help"),
    "append": ("_AppendAction", "nargs const default type choices required help metavar"),
    "append_const": ("_AppendConstAction", "const default required help metavar"),
    "count": ("_CountAction", "default required help"),
    "help": ("_HelpAction", "default help"),
    "version": ("_VersionAction", "version default help"),
    "extend": ("_ExtendAction", "nargs const default type choices required help metavar"),
    "boolean_optional": ("BooleanOptionalAction", "default type choices required help metavar"),
}


class Action:
    """One argument: its option strings (none for a positional), where its
    value goes (dest) and how many strings it takes (nargs). Subclasses
    made by a program define `__call__`; the built-in kinds are `_kind`."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        # The fields the parser and the formatter read are kept as str, bool
        # and list[str] (the rest hold the program's values as they are).
        self.option_strings = [str(option) for option in option_strings]
        self.dest = str(dest)
        self.nargs = None if nargs is None else int(nargs) if isinstance(nargs, int) else str(nargs)
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = bool(required)
        self.help = _text(help)
        self.metavar = tuple([str(name) for name in metavar]) if isinstance(metavar, tuple) else _text(metavar)
        self.container = None
        self.version = None
        self._kind = "custom"
        # A subparsers action's subcommands: their parsers by name (and
        # alias), those listed in help, and how their parsers are made.
        self._parsers = {}
        self._subactions = []
        self._prog_prefix = ""
        self._maker = ArgumentParser

    def __init_subclass__(cls, **kwargs):
        _ACTION_CLASSES.append(cls)

    def __repr__(self):
        if self._kind in _KINDS:
            name = _KINDS[self._kind][0]
        elif self._kind == "choice":
            name = "_ChoicesPseudoAction"
        elif self._kind == "parsers":
            name = "_SubParsersAction"
        elif self._kind == "boolean_optional":
            name = "BooleanOptionalAction"
        else:
            name = type(self).__name__
        fields = [("option_strings", self.option_strings), ("dest", self.dest), ("nargs", self.nargs),
                  ("const", self.const), ("default", self.default), ("type", self.type), ("choices", self.choices),
                  ("required", self.required), ("help", self.help), ("metavar", self.metavar)]
        return "%s(%s)" % (name, ", ".join(["%s=%r" % (key, value) for key, value in fields]))

    def format_usage(self):
        if self._kind == "boolean_optional":
            return " | ".join(self.option_strings)
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        kind = self._kind
        if kind == "store":
            setattr(namespace, self.dest, values)
        elif kind == "store_const" or kind == "store_true" or kind == "store_false":
            setattr(namespace, self.dest, self.const)
        elif kind == "append" or kind == "append_const" or kind == "extend":
            setattr(namespace, self.dest, self._grown(namespace.__dict__.get(self.dest), values))
        elif kind == "count":
            count = namespace.__dict__.get(self.dest)
            setattr(namespace, self.dest, 1 if count is None else count + 1)
        elif kind == "help":
            parser.print_help()
            parser.exit()
        elif kind == "version":
            formatter = parser._get_formatter()
            formatter.add_text(self.version)
            _write(formatter.format_help(), None, True)
            parser.exit()
        elif kind == "boolean_optional":
            if option_string in self.option_strings:
                setattr(namespace, self.dest, not option_string.startswith("--no-"))
        else:
            raise NotImplementedError(".__call__() not defined")

    def _grown(self, current, values):
        """A copy of the list an append or extend action found, with its
        values added. (Only lists are grown: CPython copies any other value
        with copy.copy and calls its append, which the values it is given in
        practice, None aside, do not have.)"""
        method = "extend" if self._kind == "extend" else "append"
        if current is None:
            items = []
        elif isinstance(current, list):
            items = list(current)
        else:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(current).__name__, method))
        if self._kind == "extend":
            items.extend(values)
        else:
            items.append(self.const if self._kind == "append_const" else values)
        return items

    # A subparsers action (the record add_subparsers returns).

    def add_parser(self, name, *, help=_UNSET, aliases=(), prog=None, usage=None, description=None, epilog=None,
                   parents=[], formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                   argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                   exit_on_error=True):
        if prog is None:
            prog = "%s %s" % (self._prog_prefix, name)
        if name in self._parsers:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._parsers:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if not isinstance(help, _Unset):
            shown = name
            if aliases:
                shown = "%s (%s)" % (name, ", ".join(aliases))
            choice = Action([], name, None, None, None, None, None, False, help, shown)
            choice._kind = "choice"
            self._subactions.append(choice)
        parser = self._maker(prog=prog, usage=usage, description=description, epilog=epilog, parents=parents,
                             formatter_class=formatter_class,
                             prefix_chars=prefix_chars, fromfile_prefix_chars=fromfile_prefix_chars,
                             argument_default=argument_default, conflict_handler=conflict_handler,
                             add_help=add_help, allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)
        self._parsers[name] = parser
        for alias in aliases:
            self._parsers[alias] = parser
        return parser

    def _run_subcommand(self, parser, namespace, values):
        """The subcommand values[0] parses the rest: what it sets goes to
        the namespace, what it does not recognise to the parser's extras."""
        name = values[0]
        if self.dest != SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._parsers:
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (name, ", ".join(self._parsers)))
        self._parsers[name]._parse_under(parser, namespace, values[1:])


class BooleanOptionalAction:
    """Names, as add_argument's action=, the kind 'boolean_optional': each
    `--flag` also gets a `--no-flag`; the first stores True, the second
    False. (A marker, not an Action subclass: the argument is an Action
    record like the others.)"""


# ---------------------------------------------------------------------------
# Matching argument strings to nargs.
#
# A pattern is a list of (characters, least, most) runs over the 'O'/'A'/'-'
# marks of the argument strings (most -1: no limit); an action's pattern is
# what CPython's nargs regular expression says, and optionals never take a
# '--'.


def _nargs_pattern(action):
    nargs = action.nargs
    dashes = not action.option_strings
    runs = []

    def run(chars, least, most):
        if not dashes:
            chars = chars.replace("-", "")
            if not chars:
                return
        runs.append((chars, least, most))

    if nargs is None:
        run("-", 0, -1)
        run("A", 1, 1)
        run("-", 0, -1)
    elif nargs == OPTIONAL:
        run("-", 0, -1)
        run("A", 0, 1)
        run("-", 0, -1)
    elif nargs == ZERO_OR_MORE:
        run("-", 0, -1)
        run("A-", 0, -1)
    elif nargs == ONE_OR_MORE:
        run("-", 0, -1)
        run("A", 1, 1)
        run("A-", 0, -1)
    elif nargs == REMAINDER:
        run("-AO", 0, -1)
    elif nargs == PARSER:
        run("-", 0, -1)
        run("A", 1, 1)
        run("-AO", 0, -1)
    elif nargs == SUPPRESS:
        run("-", 0, -1)
        run("-", 0, -1)
    else:
        run("-", 0, -1)
        for i in range(nargs):
            if i:
                run("-", 0, -1)
            run("A", 1, 1)
        run("-", 0, -1)
    return runs


def _match_from(runs, k, marks, at, ends):
    """Whether runs[k:] match marks from `at`, each run taking as many marks
    as it can and giving them back one by one (a regex's greedy order);
    ends[k] is where run k stopped."""
    if k == len(runs):
        return True
    chars, least, most = runs[k]
    n = 0
    while (most < 0 or n < most) and at + n < len(marks) and marks[at + n] in chars:
        n += 1
    while n >= least:
        ends[k] = at + n
        if _match_from(runs, k + 1, marks, at + n, ends):
            return True
        n -= 1
    return False


def _match_runs(patterns, marks):
    """How many marks each pattern takes, matched one after another from the
    start of marks; None if they cannot all match."""
    runs = []
    owner = []
    for i, pattern in enumerate(patterns):
        for r in pattern:
            runs.append(r)
            owner.append(i)
    ends = [0] * len(runs)
    if not _match_from(runs, 0, marks, 0, ends):
        return None
    counts = [0] * len(patterns)
    at = 0
    for k in range(len(runs)):
        counts[owner[k]] += ends[k] - at
        at = ends[k]
    return counts


def _nargs_error(nargs):
    if nargs is None:
        return "expected one argument"
    if nargs == OPTIONAL:
        return "expected at most one argument"
    if nargs == ONE_OR_MORE:
        return "expected at least one argument"
    return ("expected %s argument" if nargs == 1 else "expected %s arguments") % (nargs,)


# ---------------------------------------------------------------------------
# Parsers and groups.


class _Container:
    """What arguments are added to: a parser, an argument group or a
    mutually exclusive group, all adding to one parser."""

    def _owner(self):
        raise NotImplementedError

    def _place(self, action):
        raise NotImplementedError

    def add_argument(self, *names, action=None, nargs=None, const=None, default=_UNSET, type=None, choices=None,
                     required=None, help=None, metavar=None, dest=None, version=None, **options):
        parser = self._owner()
        if not names or len(names) == 1 and names[0][0] not in parser.prefix_chars:
            if names and dest is not None:
                raise ValueError("dest supplied twice for positional argument")
            if required is not None:
                raise TypeError("'required' is an invalid argument for positionals")
            if names:
                dest = names[0]
            option_strings = []
            required = nargs != OPTIONAL and nargs != ZERO_OR_MORE or (nargs == ZERO_OR_MORE and
                                                                       isinstance(default, _Unset))
            required_given = True
        else:
            option_strings, dest = parser._option_names(names, dest)
            required_given = required is not None
            if required is None:
                required = False
        if isinstance(default, _Unset):
            if dest in parser._defaults:
                default = parser._defaults[dest]
            elif parser.argument_default is not None:
                default = parser.argument_default
        if action == BooleanOptionalAction:
            both = []
            for option in option_strings:
                both.append(option)
                if option.startswith("--"):
                    both.append("--no-" + option[2:])
            option_strings = both
            action = "boolean_optional"
        if action is None or isinstance(action, str):
            made = _builtin_action("store" if action is None else action, option_strings, dest, nargs, const,
                                   default, type, choices, required, required_given, help, metavar, version, options)
        else:
            given = dict(options)
            for key, value in (("nargs", nargs), ("const", const), ("type", type), ("choices", choices),
                               ("help", help), ("metavar", metavar), ("version", version)):
                if value is not None:
                    given[key] = value
            if not isinstance(default, _Unset):
                given["default"] = default
            if required_given:
                given["required"] = required
            if not callable(action):
                raise ValueError('unknown action "%s"' % (action,))
            made = _custom_action(action, option_strings, dest, given)
        if made.type is not None and not callable(made.type):
            raise ValueError("%r is not callable" % (made.type,))
        _check_metavar(made)
        self._place(made)
        return made

    def add_argument_group(self, title=None, description=None):
        # A group made inside a group parses its arguments but, as in
        # CPython, is listed in no help.
        return _ArgumentGroup(self._owner(), title, description)

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._owner()._exclusive.append(group)
        return group

    def set_defaults(self, **kwargs):
        parser = self._owner()
        parser._defaults.update(kwargs)
        for action in parser._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        parser = self._owner()
        for action in parser._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return parser._defaults.get(dest, None)


def _unnamed_action(option_strings=None, dest=None, **options):
    """Never named by a program: the first entry of the registry, so that
    its type is known (a callable) in a program that defines no Action class
    of its own."""
    raise TypeError("argparse: no Action class")


_ACTION_CLASSES.append(_unnamed_action)


def _custom_action(action, option_strings, dest, options):
    """An instance of the program's Action class `action`. (The class is
    found in the registry, whose type is known, so the call is typed even
    where add_argument's arguments are not.)"""
    for known in _ACTION_CLASSES:
        if known == action:
            return known(option_strings=option_strings, dest=dest, **options)
    raise TypeError("argparse: action=%r is not supported: it must be a subclass of argparse.Action" % (action,))


def _builtin_action(kind, option_strings, dest, nargs, const, default, type, choices, required, required_given, help,
                    metavar, version, options):
    """An Action of one of the built-in kinds, refusing what its CPython
    class would not take."""
    if kind not in _KINDS:
        raise ValueError('unknown action "%s"' % (kind,))
    class_name, accepted = _KINDS[kind]
    taken = accepted.split()
    for key, value in (("nargs", nargs), ("const", const), ("type", type), ("choices", choices),
                       ("metavar", metavar), ("version", version)):
        if value is not None and key not in taken:
            raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (class_name, key))
    if required_given and "required" not in taken:
        raise TypeError("%s.__init__() got an unexpected keyword argument 'required'" % class_name)
    for key in options:
        raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (class_name, key))
    if kind == "store" or kind == "append" or kind == "extend":
        if nargs == 0 and kind == "store":
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as "
                             "store true or store const may be more appropriate")
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not supplying the value to "
                             "append, the append const action may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
    else:
        nargs = 0
    if kind == "store_true" or kind == "store_false":
        const = kind == "store_true"
        if isinstance(default, _Unset):
            default = not const
    if isinstance(default, _Unset):
        default = SUPPRESS if kind == "help" or kind == "version" else None
    if kind == "version" and help is None:
        help = "show program's version number and exit"
    made = Action(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
    made._kind = str(kind)
    made.version = _text(version)
    return made


class _ArgumentGroup(_Container):
    """A titled section of the help; its arguments are the parser's."""

    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def _owner(self):
        return self._parser

    def _place(self, action):
        self._parser._register(action)
        action.container = self
        self._group_actions.append(action)

    def _unplace(self, action):
        self._parser._actions.remove(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which a command line may give one (or must give one,
    when required)."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container._owner())
        self.required = required
        self._container = container

    def _place(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._container._place(action)
        self._group_actions.append(action)

    # (What follows is done per group in methods: a program without
    # mutually exclusive groups never types their lists.)

    def _mark_usage(self, actions, grouped, inserts):
        """Where this group's brackets and bars go in a usage line of
        actions, if its members stand together there."""
        members = self._group_actions
        if not members:
            raise ValueError("empty group %r" % (self,))
        start = -1
        for i, action in enumerate(actions):
            if action is members[0]:
                start = i
                break
        end = start + len(members)
        if start < 0 or end > len(actions) or any(actions[start + i] is not m for i, m in enumerate(members)):
            return
        shown = 0
        for member in members:
            grouped.add(id(member))
            if member.help != SUPPRESS:
                shown += 1
        if not self.required:
            _mark(inserts, start, "[")
            _mark(inserts, end, "]")
        elif shown > 1:
            _mark(inserts, start, "(")
            _mark(inserts, end, ")")
        for i in range(start + 1, end):
            inserts[i] = "|"

    def _check_conflict(self, action, given):
        """action, just given, must not be one of this group's members if
        another member was given (their ids in given)."""
        if not any(member is action for member in self._group_actions):
            return
        for member in self._group_actions:
            if member is not action and id(member) in given:
                raise ArgumentError(action, "not allowed with argument %s" % _label(member))

    def _swap_required(self, required):
        """Sets whether the group is required; returns what it was.
        (A method: a program without mutually exclusive groups never types
        their list, and an attribute stored through it does not compile.)"""
        was = self.required
        self.required = required
        return was

    def _check_given(self, parser, given):
        """A required group with none of its members given (by their ids)
        is an error."""
        if self.required and not any(id(action) in given for action in self._group_actions):
            names = [_label(action) for action in self._group_actions if action.help != SUPPRESS]
            parser.error("one of the arguments %s is required" % " ".join(names))


def _mark(inserts, at, text):
    inserts[at] = inserts[at] + " " + text if at in inserts else text


class ArgumentParser(_Container):
    """Turns a command line into a Namespace, or reports what is wrong
    with it and exits with status 2."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True, exit_on_error=True):
        if conflict_handler != "error" and conflict_handler != "resolve":
            raise ValueError("invalid conflict_resolution value: %r" % (conflict_handler,))
        self.prog = os.path.basename(sys.argv[0]) if prog is None else str(prog)
        self.usage = _text(usage)
        self.description = _text(description)
        self.epilog = _text(epilog)
        self.formatter_class = formatter_class
        self.prefix_chars = str(prefix_chars)
        self.fromfile_prefix_chars = _text(fromfile_prefix_chars)
        self.argument_default = argument_default
        self.conflict_handler = str(conflict_handler)
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_actions = {}
        self._defaults = {}
        self._groups = []
        self._exclusive = []
        self._negative_options = False
        self._subparsers = None
        # What a subcommand's parser did not recognise (CPython keeps it in
        # the namespace until the parse ends).
        self._left_over = []
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        if add_help:
            mark = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(mark + "h", mark * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._adopt(parent)

    # Building.

    def _owner(self):
        return self

    def _place(self, action):
        (self._optionals if action.option_strings else self._positionals)._place(action)

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def _option_names(self, names, dest):
        """The option strings of an optional and its dest: the one given,
        else the first long option's name (else the first short one's) with
        dashes made underscores."""
        chars = self.prefix_chars
        long_names = []
        for name in names:
            if name[0] not in chars:
                raise ValueError("invalid option string %r: must start with a character %r" % (name, chars))
            if len(name) > 1 and name[1] in chars:
                long_names.append(name)
        if dest is None:
            dest = (long_names[0] if long_names else names[0]).lstrip(chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (names[-1],))
            dest = dest.replace("-", "_")
        return list(names), dest

    def _register(self, action):
        clashes = [option for option in action.option_strings if option in self._option_actions]
        if clashes:
            if self.conflict_handler != "resolve":
                message = "conflicting option string: %s" if len(clashes) == 1 else "conflicting option strings: %s"
                raise ArgumentError(action, message % ", ".join(clashes))
            for option in clashes:
                old = self._option_actions.pop(option)
                old.option_strings.remove(option)
                if not old.option_strings:
                    old.container._unplace(old)
        self._actions.append(action)
        for option in action.option_strings:
            self._option_actions[option] = action
            if _looks_negative(option):
                self._negative_options = True

    def _adopt(self, parent):
        """A parent parser's arguments, in groups of the same titles."""
        by_title = {}
        for group in self._groups:
            if group.title in by_title:
                raise ValueError("cannot merge actions - two groups are named %r" % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in parent._groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(group.title, group.description)
            for action in group._group_actions:
                target[id(action)] = by_title[group.title]
        for exclusive in parent._exclusive:
            copy = self.add_mutually_exclusive_group(exclusive.required)
            for action in exclusive._group_actions:
                target[id(action)] = copy
        for action in parent._actions:
            if id(action) in target:
                target[id(action)]._place(action)
            else:
                self._place(action)
        self._defaults.update(parent._defaults)

    def add_subparsers(self, *, title=None, description=None, prog=None, dest=SUPPRESS, required=False, help=None,
                       metavar=None):
        # (parser_class= is not taken: the subcommands' parsers are of this
        # parser's class, as CPython's default.)
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or "subcommands", description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, [a for a in self._actions if not a.option_strings], self._exclusive, "")
            prog = formatter.format_help().strip()
        action = Action([], dest, PARSER, None, None, None, None, required, help, metavar)
        action._kind = "parsers"
        action.choices = action._parsers
        action._prog_prefix = prog
        action._maker = type(self)
        self._subparsers._place(action)
        return action

    # Help and errors.

    def _get_formatter(self):
        # The default made directly: when the analysis has widened
        # formatter_class to dyn, ingot cannot call a class through it.
        # (== rather than `is`, which a class boxed that way fails; prog by
        # position: a dynamic call takes no keywords.)
        if self.formatter_class == HelpFormatter:
            return HelpFormatter(self.prog)
        return self.formatter_class(self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._exclusive)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._exclusive)
        formatter.add_text(self.description)
        for group in self._groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        _write(self.format_usage(), file, True)

    def print_help(self, file=None):
        _write(self.format_help(), file, True)

    def exit(self, status=0, message=None):
        if message:
            _write(message, None, False)
        sys.exit(status)

    def error(self, message):
        _write(self.format_usage(), None, False)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # Parsing.

    def parse_args(self, args=None, namespace=None):
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return parsed

    def parse_known_args(self, args=None, namespace=None):
        strings = sys.argv[1:] if args is None else [_arg_text(arg) for arg in args]
        # (_itself(): for a None namespace that branch is typed as never
        # reached, so the target's type has no None in it.)
        target = Namespace() if namespace is None else namespace._itself()
        self._left_over = []
        for action in self._actions:
            if action.dest != SUPPRESS and not hasattr(target, action.dest) and not _is_suppress(action.default):
                setattr(target, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(target, dest):
                setattr(target, dest, value)
        if self.exit_on_error:
            try:
                extras = _Parse(self, strings, target).run()
            except ArgumentError as err:
                self.error(str(err))
        else:
            extras = _Parse(self, strings, target).run()
        extras.extend(self._left_over)
        return target, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        parsed, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return parsed

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """parse_known_args with the positionals' strings free to sit among
        the options: a first pass takes the options only (the positionals
        switched off: their nargs and default SUPPRESS), a second gives
        what it left to the positionals (no option required any more)."""
        positionals = [action for action in self._actions if not action.option_strings]
        for action in positionals:
            if action.nargs == PARSER or action.nargs == REMAINDER:
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s" % action.nargs)
        for group in self._exclusive:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        # Errors in either pass show the usage of the parser as it is.
        usage = self.usage
        if usage is None:
            self.usage = self.format_usage()[len("usage: "):]
        try:
            return self._intermixed_passes(positionals, args, namespace)
        finally:
            self.usage = usage

    def _intermixed_passes(self, positionals, args, namespace):
        switched_off = [(action, action.nargs, action.default) for action in positionals]
        for action in positionals:
            action.nargs = SUPPRESS
            action.default = SUPPRESS
        try:
            target, rest = self.parse_known_args(args, namespace)
        finally:
            for action, nargs, default in switched_off:
                action.nargs = nargs
                action.default = default
        options = [(action, action.required) for action in self._actions if action.option_strings]
        for action, _ in options:
            action.required = False
        groups = [(group, group._swap_required(False)) for group in self._exclusive]
        try:
            return self.parse_known_args(rest, target)
        finally:
            for action, required in options:
                action.required = required
            for group, required in groups:
                group._swap_required(required)

    def _parse_under(self, parent, namespace, strings):
        """Parses a subcommand's strings into a namespace of its own, then
        copies it into the parent's; what it does not recognise becomes
        the parent's."""
        sub_namespace, rest = self.parse_known_args(strings, None)
        for key, value in sub_namespace.__dict__.items():
            setattr(namespace, key, value)
        parent._left_over.extend(rest)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _expand_files(self, strings):
        """Arguments starting with a fromfile prefix replaced by the lines
        of the file they name, read in turn."""
        expanded = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as file:
                    read = []
                    for line in file.read().splitlines():
                        read.extend(self.convert_arg_line_to_args(line))
            except OSError as err:
                self.error(str(err))
            expanded.extend(self._expand_files(read))
        return expanded

    def _parse_optional(self, text):
        """What an argument string that may be an option names: None for a
        positional argument; a hit with no action for an unknown option."""
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._option_actions:
            return _Hit(self._option_actions[text], text, None)
        if len(text) == 1:
            return None
        if "=" in text:
            name, _, value = text.partition("=")
            if name in self._option_actions:
                return _Hit(self._option_actions[name], name, value)
        hits = self._prefix_hits(text)
        if len(hits) > 1:
            self.error("ambiguous option: %s could match %s" % (text, ", ".join([h.option for h in hits])))
        if len(hits) == 1:
            return hits[0]
        if _looks_negative(text) and not self._negative_options:
            return None
        if " " in text:
            return None
        return _Hit(None, text, None)

    def _prefix_hits(self, text):
        """The options text may abbreviate: long options it starts (when
        abbreviations are allowed), or a short option with its value joined."""
        hits = []
        if text[1] in self.prefix_chars:
            if self.allow_abbrev:
                prefix, equals, value = text.partition("=")
                explicit = value if equals else None
                for option, action in self._option_actions.items():
                    if option.startswith(prefix):
                        hits.append(_Hit(action, option, explicit))
        else:
            short = text[:2]
            for option, action in self._option_actions.items():
                if option == short:
                    hits.append(_Hit(action, option, text[2:]))
                elif option.startswith(text):
                    hits.append(_Hit(action, option, None))
        return hits

    def _get_value(self, action, text):
        func = action.type
        if func is None:
            return text
        try:
            return func(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            raise ArgumentError(action, "invalid %s value: %r" % (_type_name(func), text))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            listed = ", ".join([repr(choice) for choice in choices])
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, listed))

    def _get_values(self, action, strings):
        """The value an action receives for its argument strings."""
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and "--" in strings:
            strings.remove("--")
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(strings) == 1 and (nargs is None or nargs == OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, text) for text in strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values



class _Hit:
    """An argument string taken for an option: the action it names (None
    for an unknown option), the option string, and the value joined to it
    by '=' or after a short option (None when there is none)."""

    def __init__(self, action, option, explicit):
        self.action = action
        self.option = option
        self.explicit = explicit


class _Parse:
    """One parse of a command line by one parser."""

    def __init__(self, parser, strings, namespace):
        if parser.fromfile_prefix_chars is not None:
            strings = parser._expand_files(strings)
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.hits = {}
        self.extras = []
        self.seen = set()
        self.seen_given = set()
        self.positionals = [action for action in parser._actions if not action.option_strings]
        marks = []
        after_dashes = False
        for i, text in enumerate(strings):
            if after_dashes:
                marks.append("A")
                continue
            if text == "--":
                marks.append("-")
                after_dashes = True
                continue
            hit = parser._parse_optional(text)
            if hit is None:
                marks.append("A")
            else:
                self.hits[i] = hit
                marks.append("O")
        self.marks = "".join(marks)

    def run(self):
        start = 0
        last_option = max(self.hits) if self.hits else -1
        while start <= last_option:
            next_option = min([i for i in self.hits if i >= start])
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in self.hits:
                self.extras.extend(self.strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.strings[stop:])
        self.check_required()
        return self.extras

    def take(self, action, strings, option):
        parser = self.parser
        self.seen.add(id(action))
        values = parser._get_values(action, strings)
        if values is not action.default:
            self.seen_given.add(id(action))
            for group in parser._exclusive:
                group._check_conflict(action, self.seen_given)
        if action._kind == "parsers":
            # The subcommand's strings as they are (a subparsers action
            # converts nothing), so its parse stays typed.
            action._run_subcommand(parser, self.namespace, strings)
        elif not _is_suppress(values):
            action.__call__(parser, self.namespace, values, option)

    def consume_optional(self, start):
        parser = self.parser
        hit = self.hits[start]
        action = hit.action
        option = hit.option
        explicit = hit.explicit
        if action is None:
            self.extras.append(self.strings[start])
            return start + 1
        taken = []
        while True:
            if explicit is None:
                first = start + 1
                stop = first + self.count_for(action, self.marks[first:])
                taken.append((action, self.strings[first:stop], option))
                break
            count = self.count_for(action, "A")
            if count == 0 and option[1] not in parser.prefix_chars and explicit != "":
                # -xyz: flags -x, -y and -z, or -x, -y and -z's value.
                taken.append((action, [], option))
                option = option[0] + explicit[0]
                if option not in parser._option_actions:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                action = parser._option_actions[option]
                explicit = explicit[1:] or None
            elif count == 1:
                stop = start + 1
                taken.append((action, [explicit], option))
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r" % explicit)
        for action, strings, option in taken:
            self.take(action, strings, option)
        return stop

    def count_for(self, action, marks):
        counts = _match_runs([_nargs_pattern(action)], marks)
        if counts is None:
            raise ArgumentError(action, _nargs_error(action.nargs))
        return counts[0]

    def consume_positionals(self, start):
        patterns = [_nargs_pattern(action) for action in self.positionals]
        counts = []
        for n in range(len(patterns), 0, -1):
            matched = _match_runs(patterns[:n], self.marks[start:])
            if matched is not None:
                counts = matched
                break
        matched_actions = self.positionals[:len(counts)]
        self.positionals = self.positionals[len(counts):]
        for action, count in zip(matched_actions, counts):
            self.take(action, self.strings[start:start + count], None)
            start += count
        return start

    def check_required(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if id(action) in self.seen:
                continue
            if action.required:
                missing.append(_label(action))
            elif isinstance(action.default, str) and action.dest in namespace.__dict__ and \
                    action.default is namespace.__dict__[action.dest]:
                # A str default is converted only when it is used.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._exclusive:
            group._check_given(parser, self.seen_given)
