# Checking generated identifiers against the keyword lists, as code
# generators and linters do.
import keyword


def safe_name(word):
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in word)
    if not name or name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name):
        name += "_"
    return name


print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:], keyword.softkwlist)
for word in ["class", "match", "my-var", "2fast", "None", "none", "yield", "_", "type", "async", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word), safe_name(word))
print([k for k in keyword.kwlist if k[0].isupper()], sorted(keyword.kwlist) == keyword.kwlist)
print(sum(1 for k in keyword.kwlist if len(k) <= 3), "if" in keyword.kwlist, keyword.iskeyword("print"))
