name = 'ingot'
for i in range(3):
    print(name[i])
print(name[len(name)])
