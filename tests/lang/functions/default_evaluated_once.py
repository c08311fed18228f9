counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def make(x, ident=next_id()):
    return x, ident
print(make('a'), make('b'), counter)
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
