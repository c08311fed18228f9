# getattr/hasattr on type(self) and self.__class__ of a class with
# subclasses: the class is known at run time only.
class Base:
    kind = "base"

    def describe(self):
        out = []
        for name in ["kind", "extra", "helper", "missing"]:
            out.append((name, hasattr(self.__class__, name), getattr(type(self), name, None) is not None))
        return out

    def helper(self):
        return 1

    def dispatch(self, op):
        handler = getattr(type(self), "do_" + op, None)
        if handler is None:
            return "no " + op
        return handler(self)

    def via_class(self, op):
        handler = getattr(self.__class__, "do_" + op, None)
        return "none" if handler is None else handler(self)


class Child(Base):
    extra = 2

    def do_run(self):
        return "running " + self.kind


class Other(Base):
    kind = "other"

    def do_run(self):
        return "other runs"

    def do_fly(self):
        return "flying"


print(Base().describe())
print(Child().describe())
for obj in [Base(), Child(), Other()]:
    print(obj.dispatch("run"), obj.dispatch("fly"), obj.via_class("fly"))
print(getattr(type(Child()), "extra"), getattr(Child().__class__, "kind"))
