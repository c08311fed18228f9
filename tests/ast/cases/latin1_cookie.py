# -*- coding: latin-1 -*-
# Café in a comment.
s = "café"; t = s
café = 1
b = b"\xe9"
f = f"{café!r:é>9}"
