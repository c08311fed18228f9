"""shlex: a lexical analyser for shell-like syntax (split, quote, join and
the shlex class), written from the library reference's parsing rules.

The lexer is a state machine fed one character at a time. Its modes:
  _GAP     between tokens (skipping whitespace and comments)
  _WORD    inside a word (which in POSIX mode may have quoted parts)
  _PUNCT   inside a run of punctuation characters
  _QUOTE   inside quotes (the quote character is kept in _quote_char)
  _ESCAPE  right after an escape character (_return_mode says where to go)
  _DONE    the input is exhausted
Each mode has a method taking the next character and answering whether
the token being built is complete."""

import io
import os
import sys

__all__ = ["shlex", "split", "quote", "join"]

_GAP = 0
_WORD = 1
_PUNCT = 2
_QUOTE = 3
_ESCAPE = 4
_DONE = 5

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORD = "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
# Characters that may appear in a word when punctuation_chars is in use, so
# that file names and options stay whole.
_PUNCT_MODE_WORD = "~-./*?="
_DEFAULT_PUNCTUATION = "();<>|&"


class shlex:
    """A lexical analyser for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + _LATIN1_WORD if posix else _ASCII_WORD
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = []
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            kept = []
            for c in self.wordchars + _PUNCT_MODE_WORD:
                if c not in punctuation_chars:
                    kept.append(c)
            self.wordchars = "".join(kept)
        # A character read past the end of a punctuation token, to be read again.
        self._unread = []
        self._mode = _GAP
        self._quote_char = ""
        self._escape_char = ""
        self._return_mode = _WORD
        self._quoted = False

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- tokens ---------------------------------------------------------

    def push_token(self, tok):
        """Push a token back; the next get_token() returns it."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """The next token: a pushed-back one, else one read from the input
        (following `source` inclusions and returning from them at their end)."""
        if self.pushback:
            return self.pushback.pop(0)
        tok = self.read_token()
        if self.source is not None:
            while tok == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    self.push_source(included[1], included[0])
                tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def read_token(self):
        """Read one raw token from the input, ignoring pushback and `source`."""
        self._quoted = False
        while not self._step(self._next_char()):
            pass
        tok = self.token
        self.token = ""
        if self.posix and not self._quoted and tok == "":
            return None
        return tok

    def _step(self, c):
        """Feed c to the current mode; True when the token is complete."""
        mode = self._mode
        if mode == _GAP:
            return self._in_gap(c)
        if mode == _WORD:
            return self._in_word(c)
        if mode == _PUNCT:
            return self._in_punct(c)
        if mode == _QUOTE:
            return self._in_quote(c)
        if mode == _ESCAPE:
            return self._in_escape(c)
        self.token = ""
        return True

    def _next_char(self):
        if self._punctuation_chars and self._unread:
            c = self._unread.pop()
        else:
            c = self.instream.read(1)
        if c == "\n":
            self.lineno += 1
        return c

    def _have_token(self):
        return self.token != "" or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _start_escape(self, c, back_to):
        self._escape_char = c
        self._return_mode = back_to
        self._mode = _ESCAPE

    def _open_quote(self, c):
        self._quote_char = c
        self._mode = _QUOTE

    def _in_gap(self, c):
        if not c:
            self._mode = _DONE
            return True
        if c in self.whitespace:
            return self._have_token()
        if c in self.commenters:
            self._skip_comment()
            return False
        if self.posix and c in self.escape:
            self._start_escape(c, _WORD)
            return False
        if c in self.wordchars:
            self.token = c
            self._mode = _WORD
            return False
        if c in self._punctuation_chars:
            self.token = c
            self._mode = _PUNCT
            return False
        if c in self.quotes:
            if not self.posix:
                self.token = c
            self._open_quote(c)
            return False
        if self.whitespace_split:
            self.token = c
            self._mode = _WORD
            return False
        # Any other character is a token of its own.
        self.token = c
        return self._have_token()

    def _end_of_word(self):
        """After whitespace or a comment: the token ends here, unless it is still empty."""
        self._mode = _GAP
        return self._have_token()

    def _token_break(self, c):
        """Inside a word or a run of punctuation: the end of the input,
        whitespace or a comment ends the token (whether it is complete);
        None for any other character."""
        if not c:
            self._mode = _DONE
            return True
        if c in self.whitespace:
            return self._end_of_word()
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                return self._end_of_word()
            return False
        return None

    def _in_word(self, c):
        done = self._token_break(c)
        if done is not None:
            return done
        if self.posix and c in self.quotes:
            self._open_quote(c)
            return False
        if self.posix and c in self.escape:
            self._start_escape(c, _WORD)
            return False
        if c in self.wordchars or c in self.quotes or (self.whitespace_split and c not in self._punctuation_chars):
            self.token += c
            return False
        # A character that cannot be part of the word ends it and is read again.
        if self._punctuation_chars:
            self._unread.append(c)
        else:
            self.pushback.insert(0, c)
        self._mode = _GAP
        return self._have_token()

    def _in_punct(self, c):
        done = self._token_break(c)
        if done is not None:
            return done
        if c in self._punctuation_chars:
            self.token += c
            return False
        self._unread.append(c)
        self._mode = _GAP
        return True

    def _in_quote(self, c):
        self._quoted = True
        if not c:
            raise ValueError("No closing quotation")
        if c == self._quote_char:
            if self.posix:
                # The quotes are dropped and the word goes on.
                self._mode = _WORD
                return False
            self.token += c
            self._mode = _GAP
            return True
        if self.posix and c in self.escape and self._quote_char in self.escapedquotes:
            self._start_escape(c, _QUOTE)
            return False
        self.token += c
        return False

    def _in_escape(self, c):
        if not c:
            raise ValueError("No escaped character")
        # Inside quotes the escape character only escapes the quote and itself.
        if self._return_mode == _QUOTE and c != self._escape_char and c != self._quote_char:
            self.token += self._escape_char
        self.token += c
        self._mode = self._return_mode
        return False

    # -- included files -------------------------------------------------

    def sourcehook(self, newfile):
        """Open the file a `source` token names (relative to the current file)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def push_source(self, newstream, newfile=None):
        """Read from newstream until its end, then go back to the current input."""
        if isinstance(newstream, str):
            newstream = io.StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Close the current input and go back to the one it was pushed over."""
        self.instream.close()
        saved = self.filestack.pop(0)
        self.infile = saved[0]
        self.instream = saved[1]
        self.lineno = saved[2]
        self._mode = _GAP

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the format of Unix C compilers."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """A shell-escaped version of the string s."""
    if not s:
        return "''"
    if isinstance(s, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(s, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    for c in s:
        if c not in _SAFE:
            # Single quotes protect everything but a single quote, which is
            # closed, written in double quotes, and reopened.
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    """Concatenate the tokens of split_command, each quoted for the shell."""
    return " ".join([quote(arg) for arg in split_command])
