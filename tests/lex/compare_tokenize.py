r"""Compares ingot's tokens with CPython's, file by file.

    python3 compare_tokenize.py LEX_DUMP [--stdlib N] [--jobs N] [FILE_OR_FOLDER...]

LEX_DUMP is the lex_dump executable. The files are those named (a folder
names its *.py files) and every Nth file of CPython's standard library with
--stdlib N; with no files named, the whole standard library. Only files that
CPython compiles are compared; the others are counted and skipped.

CPython 3.11's C tokenizer, which the parser reads, can't be asked for its
tokens, so the reference is the `tokenize` module, which follows it except
in what the parser doesn't see: it adds COMMENT, NL and ENCODING tokens
(dropped here), counts columns in characters (turned into UTF-8 bytes here),
and places a few tokens differently, which is compared by these rules:

- NEWLINE: tokenize spans the line's "\n" (or nothing, at the end of a file
  without one). The C tokenizer's NEWLINE starts at the comment before it if
  there is one (and spans it), or at the "\n" with end_col == col.
- INDENT: tokenize spans the indentation; ours is at the line's first token,
  one column back (see lex/token.h), so our col + 1 is its end.
- DEDENT: tokenize puts it at the line's first token; ours is one column
  back, as INDENT.
- At the end of input, tokenize puts DEDENT and ENDMARKER on a line after
  the last; ours are on the last line, with no column (-1).

tokenize reads "\r\n" as it is, so its tokens' texts are compared with
"\r\n" read as "\n", as CPython's C tokenizer reads it.

A file that differs otherwise fails the comparison, except for two known
differences of tokenize's:
- its names are runs of \w, which misses some identifier characters
  (variation selectors, for one): it splits the name there;
- a line whose indentation ends in a backslash continuation is measured
  there by tokenize, and at the next line's first token by CPython 3.11 (the
  backslash's column counts): INDENT and DEDENT come a line later.
Files that tokenize itself rejects, or that have lone "\r" newlines,
which tokenize does not read as CPython's C tokenizer does, are reported
apart.
"""
import argparse
import io
import json
import os
import re
import subprocess
import sys
import token
import tokenize
import warnings
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import oracle  # noqa: E402

DROPPED = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}
AT_CURSOR = {'INDENT', 'DEDENT', 'ENDMARKER'}


def ours(lex_dump, paths):
    """{path: (tokens, error)} from one run of lex_dump over `paths`."""
    done = subprocess.run([lex_dump, *paths], capture_output=True, check=True)
    tokens, errors = {}, {}
    for line in done.stdout.decode('utf-8', 'surrogateescape').splitlines():
        record = json.loads(line)
        if 'file' in record:
            path = record['file']
            tokens[path] = []
        elif 'error' in record:
            errors[path] = record
        else:
            tokens[path].append((record['kind'].upper(), *record['pos'], record['text']))
    return {path: (tokens[path], errors.get(path)) for path in tokens}


class Columns:
    """Character columns of tokenize's lines as UTF-8 byte columns."""

    def __init__(self, text):
        self.lines = text.split('\n')

    def __call__(self, row, col):
        if row > len(self.lines):
            return col
        line = self.lines[row - 1]
        return col if line.isascii() else len(line[:col].encode('utf-8'))


def theirs(data):
    """tokenize's tokens of `data`: (kind, line, col, end line, end col,
    text), byte columns, with the comment each token follows (or None); and
    the lines of `data`."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    columns = Columns(data.decode(encoding))
    result = []
    comment = None
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        if t.type == tokenize.COMMENT:
            comment = (t.start[0], columns(*t.start), t.string)
        if t.type in DROPPED:
            continue
        kind = token.tok_name[t.exact_type]
        text = t.string.replace('\r\n', '\n')
        result.append(((kind, t.start[0], columns(*t.start), t.end[0], columns(*t.end), text), comment))
        comment = None
    return result, columns.lines


def at_end(reference, i):
    return all(t[0][0] in ('DEDENT', 'ENDMARKER') for t in reference[i:])


def problem(ours_token, reference, i):
    """What differs between our token and tokenize's i-th, if anything."""
    (kind, line, col, end_line, end_col, text), comment = reference[i]
    o_kind, o_line, o_col, o_end_line, o_end_col, o_text = ours_token
    if o_kind != kind:
        return 'kind'
    if kind == 'NEWLINE':
        if (o_line, o_end_line, o_end_col) != (line, line, col):
            return 'NEWLINE position'
        if o_text and comment != (o_line, o_col, o_text):
            return 'NEWLINE comment'
        if not o_text and o_col != o_end_col:
            return 'NEWLINE span'
        return None
    if kind in AT_CURSOR:
        if at_end(reference, i):
            expected = (line - 1, -1, line - 1, -1)
        else:
            expected = (line, (end_col if kind == 'INDENT' else col) - 1, line, -1)
        return None if (o_line, o_col, o_end_line, o_end_col) == expected else '%s position' % kind
    if (o_line, o_col, o_end_line, o_end_col, o_text) != (line, col, end_line, end_col, text):
        return 'position or text'
    return None


def splits_name(ours_token, reference_token):
    """Whether tokenize ended a name of ours early, at a character that is
    not \\w but continues identifiers."""
    o_kind, *_, o_text = ours_token
    kind, *_, text = reference_token
    return o_kind == kind == 'NAME' and o_text.startswith(text) and not re.match(r'\w', o_text[len(text):])


def continued_indentation(ours_token, reference_token, lines):
    """Whether tokenize measured an indentation on an earlier line that
    a backslash continues, up to the line of our token."""
    o_kind, o_line, *_ = ours_token
    kind, line, *_ = reference_token
    return (o_kind == kind and kind in ('INDENT', 'DEDENT') and line < o_line <= len(lines) and
            all(lines[i].rstrip('\r').endswith('\\') for i in range(line - 1, o_line - 1)))


def mismatch(mine, reference, lines):
    """None if `mine` (ours) matches `reference` (tokenize's) by the rules
    above, else the verdict and a description of the first difference."""
    known = None
    for i, ours_token in enumerate(mine[:len(reference)]):
        what = problem(ours_token, reference, i)
        if not what:
            continue
        detail = '%s at token %d: ours %r, tokenize %r' % (what, i, ours_token, reference[i][0])
        if continued_indentation(ours_token, reference[i][0], lines):
            known = known or detail
            continue
        if splits_name(ours_token, reference[i][0]):
            return 'known difference', detail
        return 'DIFFERENT', detail
    if len(mine) != len(reference):
        n = min(len(mine), len(reference))
        return 'DIFFERENT', 'ours has %d tokens, tokenize %d: %r' % (len(mine), len(reference), (mine[n:] or reference[n:])[:3])
    return ('known difference', known) if known else None


def compare(path, mine, error):
    """(verdict, detail) for one file."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(data, path, 'exec')
    except (SyntaxError, ValueError):
        return 'not compiled', None
    if b'\r' in data.replace(b'\r\n', b''):
        return 'lone CR', None
    try:
        reference, lines = theirs(data)
    except (tokenize.TokenError, SyntaxError) as e:
        return 'tokenize failed', str(e)
    if error:
        return 'DIFFERENT', 'ours failed: %r' % error
    return mismatch(mine, reference, lines) or ('identical', None)


def compare_batch(lex_dump, paths):
    results = ours(lex_dump, paths)
    return [(path, *compare(path, *results[path])) for path in paths]


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser()
    parser.add_argument('lex_dump')
    parser.add_argument('files', nargs='*')
    parser.add_argument('--stdlib', type=int, default=0, metavar='N', help='every Nth standard library file too')
    parser.add_argument('--jobs', type=int, default=os.cpu_count())
    args = parser.parse_args()
    files = []
    for name in args.files:
        files += sorted(os.path.join(name, f) for f in os.listdir(name) if f.endswith('.py')) if os.path.isdir(name) else [name]
    stdlib_sample = args.stdlib or (0 if files else 1)
    if stdlib_sample:
        files += oracle.stdlib_files()[::stdlib_sample]
    batches = [files[i:i + 50] for i in range(0, len(files), 50)]

    counts = {}
    failed = 0
    with ProcessPoolExecutor(args.jobs) as pool:
        for results in pool.map(compare_batch, [args.lex_dump] * len(batches), batches):
            for path, verdict, detail in results:
                counts[verdict] = counts.get(verdict, 0) + 1
                if verdict == 'DIFFERENT':
                    failed += 1
                    print('%s: %s' % (path, detail))
                elif detail and verdict != 'identical':
                    print('%s (%s): %s' % (path, verdict, detail))
    print(', '.join('%d %s' % (n, verdict) for verdict, n in sorted(counts.items())))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
