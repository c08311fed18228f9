from lib import *
from lib2 import *
print(public_fn(), CONST, VISIBLE, f())
for name in ['other_fn', '_private', '_hidden']:
    print(name, name in globals())
