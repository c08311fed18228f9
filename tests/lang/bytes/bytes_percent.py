# bytes % args: the same conversions as str's, on bytes.
print(b'%s %b %5s|%-5s|' % (b'a', b'b', b'c', bytearray(b'd')), b'%.2s' % b'xyz', b'%c%c' % (72, b'i'))
print(b'%d %i %u %x %X %o %#x %#o %+d % d %05d %-5d|' % (1, -2, 3, 255, 255, 8, 255, 8, 4, 5, -6, 7))
print(b'%e %.3f %g %10.2f|%-8.1f|' % (12345.678, 3.14159, 0.0001, 2.5, -1.25), b'%%%d%%' % 50)
print(b'%r %a %r' % ('é', 'x', b'q'), b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%*d|%-*d|' % (4, 1, 3, 2))
print(b'' % (), b'no args' % {}, b'%s' % b'', len(b'%10s' % b'\xff'))
for fmt, args in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%s %s', (b'a',)),
                  (b'%s', (b'a', b'b')), (b'%z', 1), (b'%', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
