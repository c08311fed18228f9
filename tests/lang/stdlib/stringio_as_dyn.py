# A StringIO held among other values (a dyn): every method through the boxed object.
import io
objs = [io.StringIO("l1\nl2\n"), 5, "s"]
s = objs[0]
print(s.readline(), s.read(1), s.tell(), s.seek(0), s.readlines(2), s.truncate(3), s.getvalue())
s.writelines(["a", "b"])
print(s.getvalue(), s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())
print("x", file=s)
with s as t:
    print(t.getvalue())
print(s.closed)
