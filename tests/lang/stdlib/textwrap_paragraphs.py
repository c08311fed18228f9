import textwrap

TEXT = """The quick brown fox jumps over the lazy dog. Well-known examples of
hyphenated words--and em-dashes--show where lines may break.  A very
long word like supercalifragilisticexpialidocious must be split when it
does not fit. Tabs\tare expanded, and sentences end here. Really!"""

for width in (20, 35, 50, 72):
    print(f"--- width {width}")
    for line in textwrap.wrap(TEXT, width):
        print(repr(line))

print(textwrap.fill(TEXT, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(TEXT, 40, break_on_hyphens=False, fix_sentence_endings=True))
print(textwrap.fill(TEXT, 12, break_long_words=False))
print(textwrap.wrap(TEXT, 25, max_lines=3))
print(textwrap.wrap(TEXT, 25, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 10, expand_tabs=False, replace_whitespace=False))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("Hello world!", width=12))
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))

wrapper = textwrap.TextWrapper(width=24, subsequent_indent="    ")
for paragraph in TEXT.split(". "):
    print(wrapper.fill(paragraph))
wrapper.width = 60
print(wrapper.wrap(TEXT)[:2])

CODE = """
    def f(x):
        if x:
            return 1
  \t
        return 2
"""
print(repr(textwrap.dedent(CODE)))
print(repr(textwrap.dedent("\tone\n\t  two\n\n\tthree")))
print(repr(textwrap.dedent("  a\n b\n")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True))
print(textwrap.indent(textwrap.dedent(CODE), "    ", lambda line: "return" in line))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
