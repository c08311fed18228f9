def parse(text):
    return int(text) * 2


print(parse("21"))
print(parse("twenty"))
