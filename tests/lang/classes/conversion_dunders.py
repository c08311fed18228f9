# float(), int() and round() of instances through __float__, __int__ and
# __round__; a union with builtin numbers converts each member its own way.
class Half:
    def __init__(self, n):
        self.n = n
    def __float__(self):
        return self.n / 2
    def __int__(self):
        return self.n // 2
    def __round__(self):
        return self.n // 2 + 100

class Plain:
    pass

h = Half(5)
print(float(h), int(h), round(h), float(Half(3)), int(Half(9)))
maybe = Half(7) if h.n > 2 else 4
other = 4 if h.n > 2 else Half(7)
print(float(maybe), int(maybe), round(maybe), float(other), int(other), round(other))
for make in [float, int, round]:
    try:
        make(Plain())
    except TypeError as e:
        print('TypeError', e)
