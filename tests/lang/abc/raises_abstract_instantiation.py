import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return 'ran'


print(Impl().run())
Base()
