for n in range(-2, 3):
    sign = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, sign, abs(n) if n else 'nil')
fizz = ['FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else str(i) for i in range(1, 16)]
print(' '.join(fizz))
calls = []
def side(v):
    calls.append(v)
    return v
r = side('yes') if side(True) else side('no')
print(r, calls)
