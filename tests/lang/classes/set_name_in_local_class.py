# __set_name__ runs on the descriptors of a class defined inside a
# function, as on a module-level class's: each run of the statement.
class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        return self.name + "@" + self.owner + ("" if obj is None else " (instance)")


def make():
    class Local:
        field = Named()
        other = Named()
    return Local


def make_reading(prefix):
    class Reading:
        tagged = Named()

        def label(self):
            return prefix + self.tagged
    return Reading


L = make()
print(L.field, L().other)
print(make_reading("a: ")().label(), make_reading("b: ")().label())
