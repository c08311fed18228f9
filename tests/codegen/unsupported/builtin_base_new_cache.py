# error: 7:5: a __new__ that may return another object than super().__new__(cls)'s
# A __new__ may answer an object made before (a cache): the compiler makes
# the instance before a builtin subclass's __new__ runs, so it refuses.
class Interned(str):
    _cache = {}

    def __new__(cls, text):
        if text in cls._cache:
            return cls._cache[text]
        obj = super().__new__(cls, text)
        cls._cache[text] = obj
        return obj


print(Interned("a") is Interned("a"))
