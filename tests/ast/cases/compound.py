if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if x: y = 1; z = 2

for i in range(10):
    pass
else:
    done = True

for i, (j, k) in enumerate(pairs): pass

for x in *a, *b:
    pass

while condition():
    break
else:
    pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as error:
    raise
except:
    pass
else:
    fine()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as group:
    pass
except* (TypeError, OSError):
    pass

with open("a") as f, open("b") as g:
    pass

with (open("a") as f, open("b") as g,):
    pass

with (yield):
    pass

with a, b as (c, d), e as f[0]:
    pass

with (a, b):
    pass


class Empty: pass


class Derived(Base1, Base2, metaclass=Meta, **extra):
    """Docstring."""
    attribute = 1

    def method(self):
        return self.attribute


@decorator
@decorator.with_attribute(1, key="value")
@(lambda f: f)
@buttons[0].clicked.connect
class Decorated:
    pass
