a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, (a == b) is True)
x = None
print(x is None, x == None, x != 0, not x)
print(1 == 1.0, 1 == True, 0 == False, '' == False, [] == False, None == False)
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], n == n, (n,) == (n,))
