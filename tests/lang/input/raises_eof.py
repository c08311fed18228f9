a = input()
print('got', a)
b = input()
print('never', b)
