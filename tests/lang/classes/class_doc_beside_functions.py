# __doc__ of a class object: its docstring, else None (not inherited),
# read where the analysis also sees functions and a class body that
# assigns __doc__ itself.
class A:
    "hi"


class B(A):
    pass


class C:
    __doc__ = "set in the body"


def show(item):
    "show's doc"
    if isinstance(item, type):
        return item.__name__
    return item.__doc__


def doc_of(item):
    return item.__doc__


print(show(A), show(show), show(B))
print(doc_of(A), doc_of(B), doc_of(C), doc_of(show), doc_of(doc_of))
print(A().__doc__, B().__doc__, C().__doc__)
