x = 'outer x'
result = [x for x in range(3)]
print(x, result)
i = 'outer i'
squares = {i: i * i for i in range(3)}
print(i, squares)
gen = (i for i in range(3))
print(i, list(gen))
n = 10
print([n + j for j in range(3)])
class C:
    base = 5
    items = [base * 2]
    try:
        others = [base * k for k in range(3)]
    except NameError as e:
        print('NameError in class-scope comprehension:', e)
print(C.items, hasattr(C, 'others'))
def f():
    y = 2
    return [y * k for k in range(3)]
print(f())
