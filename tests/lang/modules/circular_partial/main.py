import a
print(a.late(), a.b.__name__)
