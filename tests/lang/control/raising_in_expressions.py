# Calls the analysis finds always raise, used as values: a list that is only
# ever empty, a method that always raises.
def pop_last(items):
    if not items:
        print('empty')
    last = items.pop()
    return last


class Picker:
    def pick(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[0]


def pick(seq):
    return Picker().pick(seq)


try:
    pop_last([])
except IndexError as e:
    print('IndexError', e)
print(pop_last([1, 2]))
try:
    print(pick([]))
except IndexError as e:
    print('IndexError', e)
print(pick('xy'))
