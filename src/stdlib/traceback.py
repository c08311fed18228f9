"""traceback: formatting and printing exceptions with their tracebacks.

The text is the interpreter's own (runtime/traceback.h) through the
native core `_ingot_traceback`, so that it matches CPython's to the
character: frames with their source lines and `~~^^` markers, repeated
frames folded, type names qualified by their module. The chain of causes
and contexts is walked here, as TracebackException.format does, so that
format_exception returns CPython's list of pieces. Traceback objects
(runtime/traceback_module.h) have tb_lineno and tb_next; there are no
frame objects, so neither the stack functions nor tb_frame.
"""

import sys

import _ingot_traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only', 'format_tb', 'print_exc',
           'print_exception', 'print_tb', 'FrameSummary']

_CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n'

_sentinel = object()


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and line."""

    def __init__(self, filename, lineno, name, line):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.line == other.line)
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)


def _limited(limit):
    return limit is not None, 0 if limit is None else limit


def extract_tb(tb, limit=None):
    """The frames of traceback tb, oldest first, as FrameSummary objects."""
    limited, count = _limited(limit)
    return [FrameSummary(filename, lineno, name, line)
            for filename, lineno, name, line in _ingot_traceback.extract_tb(tb, limited, count)]


def format_tb(tb, limit=None):
    """The text of each frame of traceback tb, oldest first."""
    limited, count = _limited(limit)
    return _ingot_traceback.format_tb(tb, limited, count)


def _seen_before(exc, seen):
    for other in seen:
        if other is exc:
            return True
    return False


def _format_chain(exc, tb, limit, chain, seen):
    seen.append(exc)
    out = []
    if chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and not _seen_before(cause, seen):
            out.extend(_format_chain(cause, cause.__traceback__, limit, chain, seen))
            out.append(_CAUSE_MESSAGE)
        elif context is not None and not exc.__suppress_context__ and not _seen_before(context, seen):
            out.extend(_format_chain(context, context.__traceback__, limit, chain, seen))
            out.append(_CONTEXT_MESSAGE)
    if isinstance(exc, BaseExceptionGroup):
        # Its sub-exceptions' boxed layout comes whole from the interpreter.
        out.append(_ingot_traceback.format_group(exc))
        return out
    frames = format_tb(tb, limit)
    if frames:
        out.append('Traceback (most recent call last):\n')
        out.extend(frames)
    out.append(_ingot_traceback.format_only(exc))
    return out


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line, 'Type: message\\n', in a list."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return [_ingot_traceback.format_only(value)]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception prints, as a list of strings each ending
    in a newline (some hold several lines). format_exception(exc), or
    format_exception(type, value, tb) as before Python 3.10."""
    if value is _sentinel:
        value = exc
    if tb is _sentinel:
        tb = None if value is None else value.__traceback__
    if value is None:
        return ['NoneType: None\n']
    return _format_chain(value, tb, limit, chain, [])


def _write(text, file):
    if file is None:
        print(text, end='', file=sys.stderr)
    else:
        print(text, end='', file=file)


def print_tb(tb, limit=None, file=None):
    """Prints the frames of traceback tb to `file` (sys.stderr)."""
    _write(''.join(format_tb(tb, limit)), file)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception with its traceback to `file` (sys.stderr)."""
    _write(''.join(format_exception(exc, value, tb, limit=limit, chain=chain)), file)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc prints it."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled to `file` (sys.stderr)."""
    _write(format_exc(limit, chain), file)
