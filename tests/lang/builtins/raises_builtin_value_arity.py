f = len
print(f('ab'))
print(f('ab', 'cd'))
