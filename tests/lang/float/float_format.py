x = 1234.5678
print(format(x, '.2f'), format(x, '10.1f'), format(x, '<10.1f') + '|', format(x, 'e'), format(x, '.3E'))
print(format(x, 'g'), format(1e-7, 'g'), format(1e20, 'g'), format(0.0001, 'g'), format(x, '.10g'))
print(format(x, ','), format(x, '_.2f'), format(x, '+.1f'), format(-x, ' .1f'), format(x, '%'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'))
print(format(float('inf'), '.2f'), format(float('nan'), 'e'), format(-0.0, '.1f'), format(1e300, 'f')[:20])
print('%.3f %e %g %10.4f|%-8.2f|' % (3.14159, 0.000123, 1e16, 2.5, 1.25))
print(str(1e16), str(123.0), '%s' % 0.1, '%r' % 1.1, f'{1/3:.5}', f'{2.0:n}')
