n = -12345678901234567890
print(str(n), repr(n), f'{n:,}', format(n, '_'), hex(n), oct(n)[:10], bin(n)[:12], '%d' % n, '%+d' % -n)
print(int(str(n)) == n, len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
