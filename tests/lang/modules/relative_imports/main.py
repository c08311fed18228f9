import pkg
from pkg.sub import c
print(pkg.hello())
print(c.run())
print(c.__name__, c.d.__name__, __name__)
