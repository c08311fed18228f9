class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
r = Recorder()
lo, hi = 2, None
print(r[1:5], r[:], r[::2], r[lo:hi], r['a':'b'], r[1:2, 3], r[0])
print(isinstance(slice(1, 2), slice), isinstance(3, slice), isinstance(3, (slice, int)))
