counter = 0
names = []
def register(name):
    global counter
    counter += 1
    names.append(name)
def reset():
    global counter, names
    counter = 0
    names = []
register('a')
register('b')
print(counter, names)
reset()
print(counter, names)
def define_new():
    global created_later
    created_later = 'now exists'
define_new()
print(created_later)
x = 'global'
def reader():
    return x
def shadower():
    x = 'local'
    return x, reader()
print(shadower(), x)
for loop_var in range(3):
    pass
print(loop_var)
