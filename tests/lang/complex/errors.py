# the errors complex raises, caught
cases = [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e200 + 1j) ** 2,
         lambda: 1j // 2, lambda: 1j % 2, lambda: 1j < 2j, lambda: 1 >= 1j, lambda: int(1j),
         lambda: float(1j), lambda: round(1j), lambda: complex('1+'), lambda: complex('1__2j'), lambda: complex('x'),
         lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([1]), lambda: complex(1, None),
         lambda: abs(complex(1e308, 1e308)), lambda: ~1j, lambda: format(1j, '05'), lambda: format(1j, '=10'),
         lambda: format(1j, 'd'), lambda: format(1j, '%'), lambda: complex(10 ** 400), lambda: 1j + 10 ** 400,
         lambda: pow(1j, 2, 3), lambda: 1j < 1]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
