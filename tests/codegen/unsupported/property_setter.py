# error: 7:6: a property setter or deleter
class C:
    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass
