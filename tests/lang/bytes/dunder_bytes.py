# bytes(obj) calls obj.__bytes__.
class Token:
    def __init__(self, s):
        self.s = s

    def __bytes__(self):
        return self.s.encode() + b"!"


def boxed(flag):
    return Token("q") if flag else 7


t = Token("ab")
print(bytes(t))
print(bytes(t) + b"x", len(bytes(Token("xyz"))))
print(bytes(boxed(True)), bytes(boxed(False)))
