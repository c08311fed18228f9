n = 0
print('before')
g = (x for x in range(10 // n))
print('never')
