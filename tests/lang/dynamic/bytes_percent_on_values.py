# % where the left operand's class is known only at run time: str, bytes
# and bytearray templates through one function, in place too, and the
# errors of each.
def fmt(template, args):
    return template % args


for template, args in [('%s-%d', ('a', 1)), (b'%s-%d', (b'a', 1)), (bytearray(b'%x|'), 255), (b'%5s|', b'ab'),
                       ('%r', b'q'), (b'%(k)s', {b'k': bytearray(b'v')}), (bytearray(b'%c%c'), (104, b'i'))]:
    out = fmt(template, args)
    print(repr(out), type(out).__name__)

for i, x in enumerate([b'<%s>', bytearray(b'[%d]'), '{%s}']):
    x %= (b'v',) if i == 0 else 5
    print(repr(x), type(x).__name__)

for template, args in [(b'%d', 'x'), (bytearray(b'%s %s'), (b'a',)), (5, b'x'), (b'%s', 'str'), (b'%q', 1)]:
    try:
        print(fmt(template, args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
