# list.pop through a dynamic value raises CPython's IndexError.
stack = [1, 2]
things = {'stack': stack, 'tag': 'x', 'n': 1.5, 'm': {1}, 'k': (1,)}
s = things['stack']
print(s.pop(), s.pop())
s.pop()
