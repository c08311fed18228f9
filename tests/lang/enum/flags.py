from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W))
print(list(Perm), list(rw), len(rw), repr(Perm(0)), str(Perm(0)))
print(~Perm.R, repr(~Perm.RW), Perm(7), Perm.RW.name)
print([s.value for s in Style], Style.BOLD | Style.UNDERLINE, repr(Style.ITALIC))
m = Mode.READ | Mode.EXEC
print(m, repr(m), m == 5, Mode.WRITE | 8, repr(Mode(3)), m & Mode.READ, bool(Mode(0)))
print(repr(Mode.READ | Mode.WRITE | Mode.EXEC), repr(~Mode.READ))
