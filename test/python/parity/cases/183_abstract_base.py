import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        """Subclasses implement this."""

    def describe(self):
        return "runs: " + str(self.run())

class Impl(Base):
    def run(self):
        return 42

print(Impl().describe(), isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print(e)

class Partial(Base):
    pass

try:
    Partial()
except TypeError as e:
    print(e)
