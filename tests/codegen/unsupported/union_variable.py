# error: 2:1: a value of type 'int | str'
value = 1
if len("ab") > 1:
    value = "two"
print("typed")
print(value)
