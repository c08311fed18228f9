"""getopt: C-style parsing of command-line options (getopt, gnu_getopt,
GetoptError), written from the library reference.

`shortopts` is a string of option letters, a letter followed by ':' taking
an argument; `longopts` names long options, a name ending in '=' taking
one. A long option may be shortened to any prefix naming only one of them."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """Raised for an unknown option, or a missing or unexpected argument."""

    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_option(name, longopts):
    """The full name `name` stands for, and whether that option takes an argument."""
    if name in longopts:
        return name, False
    if name + '=' in longopts:
        return name, True
    matches = [o for o in longopts if o.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = matches[0]
    if full.endswith('='):
        return full[:-1], True
    return full, False


def _take_long(arg, rest, longopts, opts):
    """Parse the long option `arg` ('--name' or '--name=value'), appending it to
    opts; answers what is left of `rest` once its argument (if any) is taken."""
    body = arg[2:]
    eq = body.find('=')
    value = None
    if eq >= 0:
        value = body[eq + 1:]
        body = body[:eq]
    name, wants_value = _long_option(body, longopts)
    if wants_value and value is None:
        if not rest:
            raise GetoptError('option --%s requires argument' % name, name)
        value = rest[0]
        rest = rest[1:]
    elif not wants_value and value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value if value is not None else ''))
    return rest


def _short_wants_value(letter, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == letter and letter != ':':
            return shortopts[i + 1:i + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


def _take_short(arg, rest, shortopts, opts):
    """Parse a cluster of short options ('-abc', '-ofile'), as _take_long does."""
    pos = 1
    while pos < len(arg):
        letter = arg[pos]
        pos += 1
        if not _short_wants_value(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        # The argument is the rest of this word, or else the next word.
        if pos < len(arg):
            opts.append(('-' + letter, arg[pos:]))
        elif rest:
            opts.append(('-' + letter, rest[0]))
            rest = rest[1:]
        else:
            raise GetoptError('option -%s requires argument' % letter, letter)
        break
    return rest


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options from args until the first non-option (or '--'):
    answers (list of (option, value) pairs, remaining arguments)."""
    longs = _long_list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args[0]
        if arg == '--':
            args = args[1:]
            break
        if arg.startswith('--'):
            args = _take_long(arg, args[1:], longs, opts)
        else:
            args = _take_short(arg, args[1:], shortopts, opts)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options and other arguments may be intermixed, unless
    shortopts starts with '+' or POSIXLY_CORRECT is set in the environment."""
    longs = _long_list(longopts)
    in_order = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    elif os.environ.get("POSIXLY_CORRECT"):
        in_order = True
    opts = []
    others = []
    while args:
        arg = args[0]
        if arg == '--':
            others += args[1:]
            break
        if arg.startswith('--'):
            args = _take_long(arg, args[1:], longs, opts)
        elif arg.startswith('-') and arg != '-':
            args = _take_short(arg, args[1:], shortopts, opts)
        elif in_order:
            others += args
            break
        else:
            others.append(arg)
            args = args[1:]
    return opts, others
