# A slice assigned from a slice of a list of the same type: in place on one
# list, between two lists, growing, shrinking, extended slices, and the
# right-hand side's errors coming before the target's.
perm = list(range(9))
for k in range(1, 9):
    perm[:k + 1] = perm[k::-1]
    print(perm)

a = [1, 2, 3, 4, 5, 6]
b = [10, 20, 30, 40]
a[1:3] = b[::-1]
print(a, b)
a[2:] = b[1:2]
print(a)
a.append(7)
a[::2] = a[1::2]
print(a)
a[:] = a[:]
print(a)
a[1:] = a[:-1]
print(a)
a[0:0] = a[:]
print(a)

words = ['x', 'y', 'z', 'w']
words[1:3] = words[3:0:-1]
print(words)

long_list = list(range(100))
long_list[10:90] = long_list[89:9:-1]
print(long_list[8:13], long_list[87:92], len(long_list))
long_list[1::3] = long_list[::3][:33]
print(sum(long_list))

i, j = 2, 5
c = [0, 1, 2, 3, 4, 5, 6, 7]
c[i:j] = c[j:i:-1]
print(c)
c[-3:] = c[-1:-4:-1]
print(c)

try:
    c[::2] = c[:3]
except ValueError as e:
    print('ValueError', e)
print(c)

def steps():
    print('target evaluated')
    return 1

try:
    c[steps():] = c[::0]
except ValueError as e:
    print('ValueError', e)
try:
    c[1:] = c[::0]
except ValueError as e:
    print('ValueError', e)
print(c)
