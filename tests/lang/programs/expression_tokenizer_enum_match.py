import re
from dataclasses import dataclass
from enum import Enum, auto


class Tok(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    END = auto()


@dataclass
class Token:
    kind: Tok
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%^])|(\()|(\)))")


def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            if src[pos:].strip() == "":
                break
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        for kind, group in zip((Tok.NUM, Tok.NAME, Tok.OP, Tok.LPAREN, Tok.RPAREN), m.groups()):
            if group is not None:
                out.append(Token(kind, group, m.start(m.lastindex)))
        pos = m.end()
    out.append(Token(Tok.END, "", len(src)))
    return out


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 3}

    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def atom(self):
        tok = self.next()
        if tok.kind is Tok.NUM:
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind is Tok.NAME:
            try:
                return self.env[tok.text]
            except KeyError:
                raise NameError(f"name {tok.text!r} is not defined") from None
        if tok.kind is Tok.OP and tok.text == "-":
            return -self.atom()
        if tok.kind is Tok.LPAREN:
            value = self.expr(0)
            if self.next().kind is not Tok.RPAREN:
                raise SyntaxError("expected )")
            return value
        raise SyntaxError(f"unexpected {tok.text or 'end'} at {tok.pos}")

    def expr(self, min_prec):
        left = self.atom()
        while True:
            tok = self.peek()
            if tok.kind is not Tok.OP or self.PREC[tok.text] < min_prec:
                return left
            self.next()
            prec = self.PREC[tok.text]
            right = self.expr(prec if tok.text == "**" else prec + 1)
            left = apply(tok.text, left, right)


def apply(op, a, b):
    match op:
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "/":
            return a / b
        case "%":
            return a % b
        case "**":
            return a ** b
    raise ValueError(op)


env = {"x": 3, "y": 2.5, "big": 10**20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * y - 1", "big * big + 1", "-x % 4", "7 / 2", "1 / 0",
            "z + 1", "3 + $", "(1 + 2", "2 ** -1"]:
    try:
        print(f"{src:>14} = {Parser(tokenize(src), env).expr(0)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:>14} ! {type(e).__name__}: {e}")
print([t.kind.name for t in tokenize("a+(b*2)")])
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or amy@test.com"))
print(re.findall(r"\b[A-Z][a-z]+\b", "Alice and Bob met Carol in Denver"))
print(re.split(r"[,;]\s*", "a, b;c,d"))
