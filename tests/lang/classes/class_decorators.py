registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls


def tagged(tag):
    def apply(cls):
        cls.tag = tag
        return cls
    return apply


@register
class A:
    registered = False


@tagged('b')
@register
class B(A):
    pass


print(registry, A.registered, B.registered, B.tag, B().registered)
