# An import that raises ImportError leaves the rest of the module unrun:
# the class after it, whose decorator is the missing name, still compiles.
print("start")
from shapes_helpers import no_such_helper


class Shape:
    @no_such_helper
    def area(self):
        return 6


print(Shape().area())
