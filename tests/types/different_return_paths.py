def parse(text):
    if text.isdigit():
        return int(text)
    if text == "":
        return None
    return text

def classify(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return -1
    # falls through: None

a = parse("12")
b = parse("x")
c = classify(3)
print(a, b, c)
