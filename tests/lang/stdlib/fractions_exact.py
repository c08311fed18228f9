from fractions import Fraction

a = Fraction(1, 3)
b = Fraction('0.25')
print(a, b, repr(a + b), a * b, a / b, a - b, a ** 2, b ** -2, -a, abs(-b))
print(a + 1, 2 - a, a * 0.5, a == Fraction(2, 6), a < b, a > 0.3, a == 1 / 3)
print(Fraction(3.75), Fraction('-1.5e-3'), Fraction(10, -4), Fraction(' 7/21 '))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), int(Fraction(-7, 2)), float(a))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): 'half'}[0.5])
print(divmod(Fraction(7, 3), Fraction(1, 2)), Fraction(7, 3) // 1, Fraction(7, 3) % Fraction(1, 2))
for bad in ['1/0', 'x', '1.2.3']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
