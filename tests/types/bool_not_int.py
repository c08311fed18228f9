flag = True
flag = 0
both = [True, 1]
def ident(x):
    return x
print(ident(True), ident(1), flag, both)
