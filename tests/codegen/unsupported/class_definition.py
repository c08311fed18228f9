# error: 4:1: a class definition
print("never printed: the program does not compile")

class Point:
    pass


Point()
