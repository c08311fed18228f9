"""textwrap: wrapping and filling paragraphs, dedent, indent, shorten.

CPython splits text into chunks with a regular expression (`wordsep_re`);
this module scans for the same chunks by hand (`_chunks`), accepting
exactly what that expression accepts: whitespace runs, an em-dash between
words, and words broken after a hyphen that has letters on both sides.
Its "letters", "word characters" and "digits" are the `re` module's
Unicode classes: `\\w` is `isalnum()` or `_`, `\\d` is `isdecimal()`.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace when splitting and replacing, as in
# CPython (not the Unicode spaces str.split() knows).
_whitespace = "\t\n\x0b\x0c\r "
_SENTENCE_PUNCTUATION = ".!?"
_QUOTES = "\"'"
_WORD_PUNCTUATION = "!\"'&.,?"


def _is_space(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dash_run(text, i):
    """The number of '-' starting at text[i]."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i


def _em_dash_at(text, i):
    """Two or more hyphens at text[i] followed by a word character."""
    n = _dash_run(text, i)
    return n >= 2 and i + n < len(text) and _is_word(text[i + n])


def _breakable_hyphen(text, j):
    """text[j] is a hyphen a word may be broken after: two letters, or a
    letter-hyphen-letter, before it, and a letter, maybe a hyphen, and a
    letter after it."""
    if text[j] != "-":
        return False
    before = (_letter_at(text, j - 1) and _letter_at(text, j - 2)) or (
        _letter_at(text, j - 1) and j >= 2 and text[j - 2] == "-" and _letter_at(text, j - 3))
    if not before or not _letter_at(text, j + 1):
        return False
    return _letter_at(text, j + 2) or (j + 2 < len(text) and text[j + 2] == "-" and _letter_at(text, j + 3))


def _word_end(text, i):
    """Where the word chunk starting at the non-space text[i] ends: the
    first place, scanning on from one character, where a breakable hyphen
    (kept with the word), the end of the word, or an em-dash after word
    punctuation comes."""
    n = len(text)
    j = i + 1
    while True:
        if j < n and _breakable_hyphen(text, j):
            return j + 1
        if j == n or _is_space(text[j]):
            return j
        if text[j - 1] in _WORD_PUNCTUATION or _is_word(text[j - 1]):
            if _em_dash_at(text, j):
                return j
        j += 1


def _chunks(text, hyphens):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if _is_space(text[i]):
            j = i + 1
            while j < n and _is_space(text[j]):
                j += 1
        elif not hyphens:
            j = i + 1
            while j < n and not _is_space(text[j]):
                j += 1
        elif i > 0 and (text[i - 1] in _WORD_PUNCTUATION or _is_word(text[i - 1])) and _em_dash_at(text, i):
            j = i + _dash_run(text, i)
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end."""
    end = len(chunk)
    if end and chunk[end - 1] in _QUOTES:
        end -= 1
    return end >= 2 and chunk[end - 1] in _SENTENCE_PUNCTUATION and "a" <= chunk[end - 2] <= "z"


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        return _chunks(text, self.break_on_hyphens)

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of the too-long chunk reversed_chunks[-1] on the
        current line as fits (at least one character), breaking after its
        last hyphen that fits when break_on_hyphens allows."""
        space_left = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]  # the next chunk last
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line other than the first goes.
            if self.drop_whitespace and lines and pending[-1].strip() == "":
                pending.pop()
            line = []
            length = 0
            while pending and length + len(pending[-1]) <= width:
                length += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == "":
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if max_lines is None or len(lines) + 1 < max_lines or (rest_is_blank and length <= width):
                lines.append(indent + "".join(line))
                continue
            self._finish_with_placeholder(lines, line, length, indent, width)
            break
        return lines

    def _finish_with_placeholder(self, lines, line, length, indent, width):
        """The last line max_lines allows, cut where the placeholder fits
        after a chunk that is not whitespace, else the placeholder added
        to the previous line or alone."""
        while line:
            if line[-1].strip() and length + len(self.placeholder) <= width:
                lines.append(indent + "".join(line) + self.placeholder)
                return
            length -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


# The wrapper's options spelled out rather than passed on as **kwargs:
# a call bound at run time would leave every option, and the result,
# untyped for the compiler. A wrong keyword names these functions in its
# TypeError where CPython names TextWrapper.__init__.
def wrap(text, width=70, *, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=" [...]"):
    return TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                       break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines=max_lines,
                       placeholder=placeholder).wrap(text)


def fill(text, width=70, *, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=" [...]"):
    return "\n".join(wrap(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                          expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
                          fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
                          drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                          max_lines=max_lines, placeholder=placeholder))


def shorten(text, width, *, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
            fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8,
            placeholder=" [...]"):
    return fill(" ".join(text.strip().split()), width, initial_indent=initial_indent,
                subsequent_indent=subsequent_indent, expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
                fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
                drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens, tabsize=tabsize, max_lines=1,
                placeholder=placeholder)


def _blank(line):
    """Only spaces and tabs, at least one."""
    return line != "" and line.strip(" \t") == ""


def _leading(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    """Removes the longest run of spaces and tabs every line that holds
    anything else starts with; lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = ""
    found = False
    for i in range(len(lines)):
        line = lines[i]
        if _blank(line):
            lines[i] = ""
        elif line:
            lead = _leading(line)
            if not found:
                margin = lead
                found = True
            else:
                k = 0
                while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                    k += 1
                margin = margin[:k]
    if margin:
        cut = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][cut:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
