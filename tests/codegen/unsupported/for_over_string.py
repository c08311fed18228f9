# error: 3:15: a for loop over anything but range(...)
def count(s):
    for ch in s:
        print(ch)


count("abc")
