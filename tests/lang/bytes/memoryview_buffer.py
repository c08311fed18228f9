# A record buffer read and patched through memoryviews: slices share the
# bytearray's memory, stores write through, and views compare and convert.
buf = bytearray(b'HEAD' + bytes(range(16)) + b'TAIL')
mv = memoryview(buf)
print(len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
header, body, tail = mv[:4], mv[4:20], mv[20:]
print(bytes(header), header.tobytes(), tail.tolist(), body[3], body[-1])
body[0] = 255
body[1:4] = b'\x01\x02\x03'
print(buf[4:9], mv[4], body.obj is buf)
evens = body[::2]
print(len(evens), evens.tolist(), evens.contiguous, body.contiguous)
evens[1] = 99
print(list(buf[4:12]), bytes(evens[::-1])[:3])
print(mv[:4] == b'HEAD', mv[:4] == bytearray(b'HEAX'), header == memoryview(b'HEAD'), body.hex()[:10], header.hex(':'))
print([b for b in tail], sum(body), b'EA' in bytes(header))
ro = memoryview(b'readonly data')
print(ro.readonly, ro[0], ro[-4:].tobytes(), hash(ro) == hash(b'readonly data'), ro.toreadonly().readonly)
chars = ro.cast('c')
print(chars[0], chars[1:3].tolist(), chars.format)
signed = memoryview(bytearray(b'\xff\x01\x80')).cast('b')
print(signed.tolist(), signed[0])
scoped = memoryview(bytearray(b'abc')).__enter__()
scoped[0] = ord('A')
print(scoped.tobytes())
scoped.__exit__(None, None, None)
print(repr(scoped).startswith('<released'))
mv.release()
print(repr(mv).startswith('<released memory at 0x'), repr(ro).startswith('<memory at 0x'))
def store(view, key, value):
    view[key] = value


for attempt in [lambda: store(ro, 0, 1), lambda: store(body, 0, 256), lambda: store(body, slice(0, 2), b'x'),
                lambda: mv[0], lambda: len(mv), lambda: body[100], lambda: memoryview('text'), lambda: hash(body)]:
    try:
        attempt()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
# CPython lets a bytearray grow again once every view of it is released.
for view in [header, body, tail, evens]:
    view.release()
buf.extend(b'!!')
print(len(buf), buf[-6:])
