from enum import Flag


class Perm(Flag):
    R = 4
    W = 2


print(Perm(6))
print(Perm(1))
