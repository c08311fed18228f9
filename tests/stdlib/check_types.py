"""src/stdlib/types.py against CPython's types: SimpleNamespace's repr,
equality and errors, and the type names. (Messages that name the class say
'SimpleNamespace' here, CPython's C type 'types.SimpleNamespace'.)"""
import types

from differential import finish, load, same

ours = load('types')


def namespace(m, kwargs, changes, removed):
    ns = m.SimpleNamespace(**kwargs)
    for key, value in changes.items():
        setattr(ns, key, value)
    for key in removed:
        delattr(ns, key)
    return repr(ns), str(ns), vars(ns), ns == m.SimpleNamespace(**kwargs), ns != m.SimpleNamespace(**kwargs)


for case in [({}, {}, []), ({'a': 1}, {}, []), ({'a': 1, 'b': 'x'}, {'c': [1]}, ['a']), ({'a': 1}, {'a': 2}, []),
             ({'b': 2, 'a': 1}, {}, [])]:
    same(namespace, types, ours, *case)
same(lambda m: m.SimpleNamespace(1), types, ours)
same(lambda m: m.SimpleNamespace(a=1) == 1, types, ours)


def names(m):
    def f():
        yield 1

    class C:
        def g(self):
            pass
    return [m.FunctionType is types.FunctionType, m.LambdaType is types.LambdaType,
            m.GeneratorType is types.GeneratorType, m.MethodType is types.MethodType,
            m.BuiltinFunctionType is types.BuiltinFunctionType, m.BuiltinMethodType is types.BuiltinMethodType,
            m.NoneType is types.NoneType, m.EllipsisType is types.EllipsisType,
            m.NotImplementedType is types.NotImplementedType, isinstance(f(), m.GeneratorType),
            isinstance(C().g, m.MethodType)]


same(names, types, ours)
finish('types')
