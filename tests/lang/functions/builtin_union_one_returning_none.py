import sys

quiet = len(sys.argv) > 5
for loud in [True, False]:
    f = print if loud else len
    print("result:", f("abc"))
g = len if quiet else print
print(g("x", "y") if not quiet else g("xy"))
