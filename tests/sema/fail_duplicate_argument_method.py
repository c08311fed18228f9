class C:
    def m(self, __a, __a):
        pass
