# repr/str of complex: CPython's layout, shortest round-trip parts
inf = float('inf')
nan = float('nan')
values = [1 + 2j, 2j, -2j, 0j, -0j, complex(-0.0, -1.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(nan, inf),
          complex(inf, nan), complex(-inf, -inf), 1e16j, 1e-5j, complex(1e22, 1e-7), complex(0.1, 0.2), 1.5e3j,
          complex(123456789012345678, 1), complex(2.5, -0.0), 3e300j * 1e10j]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print(values[:4], (1j, 2), {'k': -1j})
print(complex('1+2j'), complex(' (3-j) '), complex('-1.5e3J'), complex('inf'), complex('-nanj'), complex('j'),
      complex('+j'), complex('1-j'), complex('1_000.5+2_0j'), complex(' 4 '), complex('(2)'))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2.5), complex(1j), complex(1j, 1j),
      complex(1 + 2j, 3), complex(1, -0.0), complex(-0.0), complex(imag=2), complex(real=3, imag=-1))
for spec in ['', '10', '<12', '^14', '>14.3', '.2f', '+.1e', 'g', '.3g', 'E', '*^20.4f', ',.2f', '_', ' ', '-', '#']:
    print(repr(format(1234.5 - 0.25j, spec)), repr(format(2j, spec)), repr(format(complex(-0.0, 1e20), spec)))
print(f'{3 + 4j}', f'{3 + 4j!r:>10}', f'{1j:.1f}', '{:.2f}'.format(1 - 1j), '%s %r' % (1j, 2 + 0j))
