import fnmatch

NAMES = ["setup.py", "README.md", "main.c", "main.h", "test_main.py", "data01.csv", "data2.csv", "a-b", ".hidden",
         "x]y", "notes.txt", "Makefile"]
for pattern in ["*.py", "*.[ch]", "data[0-9][0-9].csv", "data?.csv", "[!a-z]*", "*[]]*", "*-*", ".*", "*",
                "test_*.py", "[a-c-e]*", "[z-a]*", "M*e", "*a*a*"]:
    print(pattern, fnmatch.filter(NAMES, pattern), fnmatch.translate(pattern))
print(fnmatch.fnmatch("FOO.TXT", "*.txt"), fnmatch.fnmatchcase("foo.txt", "*.txt"), fnmatch.fnmatch("a\nb", "a?b"))
print([n for n in NAMES if fnmatch.fnmatchcase(n, "*a*n*")])
