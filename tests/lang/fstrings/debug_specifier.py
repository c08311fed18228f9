a, b = 3, 'txt'
items = [1, 2]
print(f'{a=}, {b=}, {a + 1=}, {items[0]=}, {len(items)=}')
print(f'{a = :>5}|{b = !r:^9}|{3.14159=:.2f}')
class P:
    x = 1.5
print(f'{P.x=}', f'{P.x*2 = }')
