class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def kind(self):
        return 'dog/' + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
for a in [Animal('gen'), Dog('rex', ['sit']), Puppy('bit')]:
    print(a.speak(), a.kind(), type(a).__name__, getattr(a, 'tricks', None))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__.__name__, issubclass(Puppy, Animal), isinstance(Puppy('x'), Dog))
