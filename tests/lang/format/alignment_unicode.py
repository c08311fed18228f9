for s in ['a', 'é', '€', '中文', '𝔘']:
    print('[%5s][%-5s]' % (s, s), '[{:^6}]'.format(s), f'[{s:>4}]', len(s))
print('{:>5}|{:<5}|{!s:^6}|'.format(1.5, True, None))
print(str.center('x', 6, '·'), 'ab'.rjust(4, '€'), 'ab'.ljust(4, '中'))
