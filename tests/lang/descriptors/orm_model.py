# An ORM-like model: typed columns as data descriptors on a base Model
# whose subclasses declare them; records built from dicts through
# setattr/getattr with run-time names, which reach the descriptors too.


class Column:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner.columns = owner.columns + [name]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.row.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj.row[self.name] = value


class Model:
    columns = []

    def __init__(self, **values):
        self.row = {}
        for key, value in values.items():
            setattr(self, key, value)

    def describe(self):
        parts = []
        for name in self.columns:
            parts.append(name + "=" + repr(getattr(self, name)))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"


class User(Model):
    columns = []
    name = Column(str, "")
    age = Column(int, 0)


class Item(Model):
    columns = []
    title = Column(str, "?")
    price = Column(float, 0.0)
    stock = Column(int, 0)


u = User(name="ann", age=31)
print(u.describe(), u.name.upper(), u.age + 1)
u.age = 32
print(u.describe())
i = Item(title="lamp", price=12.5)
print(i.describe(), i.stock)
print(User.columns, Item.columns, Model.columns)
try:
    Item(stock="many")
except TypeError as e:
    print("TypeError:", e)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
records = [User(name="bob"), Item(title="desk", stock=3)]
for r in records:
    print(r.describe())
