# Files never closed are written by the time anything looks at them.
import os
f = open('first.txt', 'w')
f.write('written but not closed\n')
print(open('first.txt').read(), end='')
print(os.path.getsize('first.txt'))
open('second.txt', 'w').write('a temporary file object\n')
print(open('second.txt').readline(), end='')
g = open('third.txt', 'a')
print('appended', file=g)
h = open('third.txt', 'a')
print('and more', file=h)
print(open('third.txt').read(), end='')
