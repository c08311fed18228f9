# An int subclass made from a bad literal raises int()'s ValueError.


class Port(int):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())


print(Port(" 80 "), Port("443") + 1)
print(Port("http"))
