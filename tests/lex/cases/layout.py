# Comments, blank lines and continuations between statements.

x = 1  # trailing comment
  # a comment at another indentation

def f(a,
      b,   # inside brackets
  c):
    if a:
        return b \
            + c
    elif b:
	# a tab-indented comment
        pass
    else:
        x = [
1,
    2,
        ]
        # deeper comment
  # shallower comment
    return (a +
            b)


class C:

    def g(self): return 1; pass

    async def h(self):
        await x
        async with a as b, c:
            pass
\
y = 2
z = (
)
