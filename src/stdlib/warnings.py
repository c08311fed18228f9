"""Python's warnings module: the filters, the once-per-location registries
and the text CPython writes to stderr (Lib/warnings.py and
Python/_warnings.c's warn_explicit, whose order of checks this follows).

A warning is attributed to the line of its warnings.warn() call, which the
compiler notes at each call (_ingot_traceback.warning_site(),
src/codegen/warning_sites.cpp); a stacklevel other than 1 is refused there,
since nothing records a caller's line at run time."""

import sys
import _ingot_traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex or None, category, module regex or name or None, lineno):
# CPython's defaults for a release build without -W options.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# Each module's __warningregistry__: the (text, category, lineno) keys
# already shown, valid while the filters are those of _registry_versions[module].
_registries = {}
_registry_versions = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _registry(module):
    if module not in _registries or _registry_versions[module] != _filters_version:
        _registries[module] = {}
        _registry_versions[module] = _filters_version
    return _registries[module]


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message_re = None
    module_re = None
    if message:
        import re
        message_re = re.compile(message, re.I)
    if module:
        import re
        module_re = re.compile(module)
    _add_filter(action, message_re, category, module_re, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # The default filters name __main__ by a str, which must equal the
    # module (_warnings.c's check_matched); filterwarnings compiles a regex.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _action_for(text, category, module, lineno):
    for action, message, cat, mod, ln in filters:
        if _matches(message, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or lineno == ln):
            return action
    return defaultaction


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _ingot_traceback.source_line(filename, lineno)
    line = line.strip()
    if line:
        s += "  %s\n" % line
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    text = formatwarning(message, category, filename, lineno, line)
    if file is None:
        sys.stderr.write(text)
    else:
        file.write(text)


def warn_explicit(message, category, filename, lineno, module=None, registry=None):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, action))
    # The module's showwarning as it is now: a program may replace it
    # (CPython's _showwarnmsg passes file and line too).
    showwarning(message, category, filename, lineno, None, None)


def warn(message, category=None, stacklevel=1, source=None):
    filename, lineno, module = _ingot_traceback.warning_site()
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    warn_explicit(message, category, filename, lineno, module, _registry(module))


class catch_warnings:
    """Saves the filters on entry and restores them on exit."""

    def __init__(self, *, action=None, category=Warning, lineno=0, append=False):
        self._entered = False
        self._action = action
        self._category = category
        self._lineno = lineno
        self._append = append
        self._saved = []

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = filters[:]
        _filters_mutated()
        if self._action is not None:
            simplefilter(self._action, self._category, self._lineno, self._append)
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved
        _filters_mutated()
