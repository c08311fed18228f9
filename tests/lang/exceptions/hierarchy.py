for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, OverflowError,
            ModuleNotFoundError, UnboundLocalError, TypeError, AttributeError, AssertionError, BaseException]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError)
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(bool, Exception), issubclass(Warning, Exception))
