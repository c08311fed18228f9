"""The assert methods of TestCase, with the messages CPython 3.11's
unittest gives (checked by running both): "standard" messages, to which
a msg argument is added after " : " while longMessage is true."""

import re
import warnings

from ._text import safe_repr, short_reprs, pformat_diff, text_diff, count_differences

_DIFF_TOO_LONG = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def _exception_types(value, base):
    if isinstance(value, type):
        return issubclass(value, base)
    # A tuple: issubclass() takes it only if it holds nothing but classes.
    # (Not iterated here: ingot types value as the classes a call may pass.)
    try:
        issubclass(base, value)
    except TypeError:
        return False
    return isinstance(value, tuple)


def _pattern(regex):
    if isinstance(regex, (str, bytes)):
        return re.compile(regex)
    return regex


class _ExpectingContext:
    """What assertRaises and assertWarns keep for their with-statement
    form: the class(es) expected, the test case whose failureException
    reports a miss, the compiled regex (or None), and the msg and callable
    name that _enter_or_call fills in."""

    def __init__(self, expected, case, regex):
        self.expected = expected
        self.test_case = case
        self.expected_regex = regex
        self.msg = None
        self.obj_name = None

    def _fail(self, text):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, text))

    def _fail_unmatched(self, found):
        self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, found))

    def _fail_missing(self, verb):
        """'X not raised', with ' by f' when a callable f was run."""
        name = str(self.expected) if isinstance(self.expected, tuple) else self.expected.__name__
        if self.obj_name:
            self._fail('%s not %s by %s' % (name, verb, self.obj_name))
        self._fail('%s not %s' % (name, verb))


class _RaisesContext(_ExpectingContext):
    """What assertRaises and assertRaisesRegex return without a callable:
    the block must raise the expected exception, which is kept as
    `exception`."""

    def __init__(self, expected, case, regex):
        super().__init__(expected, case, regex)
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._fail_missing('raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        text = str(exc_value)
        if not self.expected_regex.search(text):
            self._fail_unmatched(text)
        return True


def _raises(case, method, expected, regex, args, kwargs):
    if not _exception_types(expected, BaseException):
        raise TypeError('%s() arg 1 must be an exception type or tuple of exception types' % method)
    return _enter_or_call(_RaisesContext(expected, case, regex), args, kwargs)


def _warns(case, method, expected, regex, args, kwargs):
    if not _exception_types(expected, Warning):
        raise TypeError('%s() arg 1 must be a warning type or tuple of warning types' % method)
    return _enter_or_call(_WarnsContext(expected, case, regex), args, kwargs)


def _enter_or_call(context, args, kwargs):
    """The context itself for a with statement, else the call
    args[0](*args[1:], **kwargs) made inside it."""
    if not args:
        context.msg = kwargs.pop('msg', None)
        for name in kwargs:
            raise TypeError('%r is an invalid keyword argument for this function' % (name,))
        return context
    function = args[0]
    context.obj_name = getattr(function, '__name__', None)
    if context.obj_name is None:
        context.obj_name = str(function)
    # The with statement written out: ingot refuses a with statement whose
    # __exit__ always raises when the block ends normally.
    context.__enter__()
    try:
        function(*args[1:], **kwargs)
    except BaseException as error:
        if context.__exit__(type(error), error, error.__traceback__):
            return context
        raise
    context.__exit__(None, None, None)
    return context


class _WarnsContext(_ExpectingContext):
    """What assertWarns and assertWarnsRegex return without a callable:
    while the block runs every warning is caught (none is shown); one of
    the expected category must come. Keeps `warning`, `filename`,
    `lineno` and `warnings` (every caught one, as (message, category,
    filename, lineno) records)."""

    def __init__(self, expected, case, regex):
        super().__init__(expected, case, regex)
        self.warning = None
        self.filename = None
        self.lineno = None
        self.warnings = []
        self._shown_by = None
        self._filters = None

    def _catch(self, message, category, filename, lineno, file=None, line=None):
        self.warnings.append(_Caught(message, category, filename, lineno))

    def __enter__(self):
        self._shown_by = warnings.showwarning
        self._filters = warnings.catch_warnings()
        self._filters.__enter__()
        warnings.simplefilter('always')
        warnings.showwarning = self._catch
        return self

    def __exit__(self, exc_type, exc_value, tb):
        warnings.showwarning = self._shown_by
        self._filters.__exit__(None, None, None)
        if exc_type is not None:
            return False
        first = None
        for caught in self.warnings:
            if not isinstance(caught.message, self.expected):
                continue
            if first is None:
                first = caught.message
            if self.expected_regex is not None and not self.expected_regex.search(str(caught.message)):
                continue
            self.warning = caught.message
            self.filename = caught.filename
            self.lineno = caught.lineno
            return None
        if first is not None:
            self._fail_unmatched(first)
        self._fail_missing('triggered')


class _Caught:
    def __init__(self, message, category, filename, lineno):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno


class _Asserts:
    """The assert methods (a base of TestCase)."""

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + _DIFF_TOO_LONG % len(diff)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _fail_with(self, msg, text):
        raise self.failureException(self._formatMessage(msg, text))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, '%s is not false' % safe_repr(expr))

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' % short_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        kind = type(first)
        if kind is not type(second):
            self._baseAssertEqual(first, second, msg)
            return
        custom = self._type_equality_funcs.get(kind)
        if custom is not None:
            custom(first, second, msg=msg)
        elif kind is list:
            self.assertListEqual(first, second, msg)
        elif kind is tuple:
            self.assertTupleEqual(first, second, msg)
        elif kind is dict:
            self.assertDictEqual(first, second, msg)
        elif kind is set or kind is frozenset:
            self.assertSetEqual(first, second, msg)
        elif kind is str:
            self.assertMultiLineEqual(first, second, msg)
        else:
            self._baseAssertEqual(first, second, msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            self._fail_with(msg, '%s != %s within %s delta (%s difference)'
                            % (safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff)))
        digits = 7 if places is None else places
        if round(diff, digits) == 0:
            return
        self._fail_with(msg, '%s != %s within %r places (%s difference)'
                        % (safe_repr(first), safe_repr(second), digits, safe_repr(diff)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if first != second and diff > delta:
                return
            self._fail_with(msg, '%s == %s within %s delta (%s difference)'
                            % (safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff)))
        digits = 7 if places is None else places
        if first != second and round(diff, digits) != 0:
            return
        self._fail_with(msg, '%s == %s within %r places' % (safe_repr(first), safe_repr(second), digits))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self._fail_with(msg, 'First sequence is not a %s: %s' % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                self._fail_with(msg, 'Second sequence is not a %s: %s' % (kind, safe_repr(seq2)))
        if seq1 == seq2:
            return
        n1 = len(seq1)
        n2 = len(seq2)
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + short_reprs(seq1, seq2))
        same_items = True
        for i in range(min(n1, n2)):
            if seq1[i] != seq2[i]:
                text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + short_reprs(seq1[i], seq2[i]))
                same_items = False
                break
        if same_items and n1 == n2 and seq_type is None and type(seq1) != type(seq2):
            # Equal items in sequences of different types: not a difference.
            return
        if n1 > n2:
            text += '\nFirst %s contains %d additional elements.\n' % (kind, n1 - n2)
            text += 'First extra element %d:\n%s\n' % (n2, safe_repr(seq1[n2]))
        elif n1 < n2:
            text += '\nSecond %s contains %d additional elements.\n' % (kind, n2 - n1)
            text += 'First extra element %d:\n%s\n' % (n1, safe_repr(seq2[n1]))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, pformat_diff(seq1, seq2))))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not only_first and not only_second:
            return
        lines = []
        for items, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _set_difference(self, minuend, subtrahend, position):
        try:
            return minuend.difference(subtrahend)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (position, e))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % short_reprs(d1, d2)
            self.fail(self._formatMessage(msg, self._truncateMessage(text, pformat_diff(d1, d2))))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        text = '%s != %s' % short_reprs(first, second)
        self.fail(self._formatMessage(msg, self._truncateMessage(text, text_diff(first, second))))

    def assertCountEqual(self, first, second, msg=None):
        differences = count_differences(first, second)
        if not differences:
            return
        lines = ['First has %d, Second has %d:  %r' % entry for entry in differences]
        text = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
        self.fail(self._formatMessage(msg, text))

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _pattern(expected_regex)
        if not pattern.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r" % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _pattern(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r'
                            % (text[found.start():found.end()], pattern.pattern, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _raises(self, 'assertRaises', expected_exception, None, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _raises(self, 'assertRaisesRegex', expected_exception, _pattern(expected_regex), args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _warns(self, 'assertWarns', expected_warning, None, args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _warns(self, 'assertWarnsRegex', expected_warning, _pattern(expected_regex), args, kwargs)
