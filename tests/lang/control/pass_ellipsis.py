def todo():
    pass
def later():
    ...
class Empty:
    pass
print(todo(), later(), Empty.__name__, ..., type(...).__name__, Ellipsis is ...)
for _ in range(2):
    pass
if True:
    pass
else:
    print('unreachable')
print('done')
