import io
s = io.StringIO()
print('x', file=s)
print(repr(s.getvalue()))
for bad in [lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.read('a')]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    io.BytesIO().write('text')
except TypeError as e:
    print('TypeError', e)
s.close()
s.getvalue()
