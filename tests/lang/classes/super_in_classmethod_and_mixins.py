class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + ' via Base.create'
    def greet(self):
        return 'base'
class LoggingMixin:
    def greet(self):
        return 'log(' + super().greet() + ')'
class UpperMixin:
    def greet(self):
        return super().greet().upper()
class Child(LoggingMixin, UpperMixin, Base):
    @classmethod
    def create(cls):
        return 'child wraps ' + super().create()
print(Child().greet(), Child.create(), [c.__name__ for c in Child.__mro__])
class Explicit(Base):
    def greet(self):
        return 'explicit+' + super(Explicit, self).greet()
print(Explicit().greet())
