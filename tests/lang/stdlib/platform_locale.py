# platform's facts about the machine and interpreter, and locale in the C
# and C.UTF-8 locales.
import locale
import platform

print(platform.system(), platform.machine(), platform.release(), platform.node())
print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.platform(), platform.platform(terse=True))
print(platform.uname().system, platform.uname()[4], platform.uname().node, platform.version())
print(platform.architecture(), platform.libc_ver(), repr(platform.processor()))

print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale())
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ("C", None)), locale.setlocale(locale.LC_TIME, "POSIX"))
conventions = locale.localeconv()
print(sorted(conventions.items()))
for bad in ["xx_YY.UTF-8", "klingon"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.format_string("%d items, %.2f", (1234, 2.5)), locale.str(2.25), locale.atoi("42"),
      locale.atof("1.5"), locale.strcoll("a", "b"), locale.strxfrm("abc"))
