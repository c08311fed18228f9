# Validating data descriptors shared by several classes (an ORM-like model):
# __set_name__ names the private slot, __set__ checks, __get__ reads back.


class Field:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Positive(Field):
    def validate(self, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")


class Typed(Field):
    def __init__(self, kind):
        self.kind = kind

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}")


class Product:
    name = Typed(str)
    price = Positive()
    quantity = Positive()

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity


class Rect:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height


p = Product("pen", 3, 4)
print(p.name, p.price, p.quantity, p.total())
p.quantity = 10
print(p.quantity, p.total(), p._quantity)
try:
    p.price = -1
except ValueError as e:
    print("ValueError:", e)
print(p.price)
try:
    Product("cup", 0, 1)
except ValueError as e:
    print("ValueError:", e)
r = Rect(2, 5)
print(r.area())
r.width += 3
print(r.width, r.area())
print(type(Rect.width).__name__, Rect.width.public, Product.name.kind.__name__)
