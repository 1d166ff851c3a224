checks = [
    (ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
    (FileNotFoundError, OSError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (ModuleNotFoundError, ImportError),
    (OverflowError, ArithmeticError), (AssertionError, Exception), (TypeError, ValueError),
    (UnicodeDecodeError, ValueError), (IsADirectoryError, OSError), (GeneratorExit, Exception),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in KeyError.__mro__])
