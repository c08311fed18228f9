from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    @property
    def label(self):
        return f"{self.name}@{self.dept}"

    def __repr__(self):
        return f"<{self.label} {self.salary}>"


e = Employee("ann")
print(e, e.raise_by(10), e.label)
print(Employee._fields, Employee._field_defaults)
print(e._asdict())
print(Employee._make(["bob", "ops", 7]))
f = Employee("cy", salary=5)
print(f.salary, f[2], f == ("cy", "eng", 5))
print(isinstance(f, tuple))


class Pair(NamedTuple):
    a: int
    b: int

    def swap(self):
        return Pair(self.b, self.a)


print(Pair(1, 2).swap(), Pair(1, 2) < Pair(1, 3))
