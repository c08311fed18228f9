import types
def h(): return 1
class K:
    def m(self): pass
print(isinstance(h, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.FunctionType, types.NoneType)
print(isinstance((x for x in []), types.GeneratorType), isinstance(5, types.FunctionType), isinstance(K().m, types.MethodType))
print(types.EllipsisType, types.NotImplementedType, types.BuiltinMethodType, types.LambdaType is types.FunctionType)
ns = types.SimpleNamespace(x=1, y=[1, 2])
ns.z = 'q'
del ns.x
print(ns, ns.y, ns.z, vars(ns), ns == types.SimpleNamespace(y=[1, 2], z='q'), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), getattr(ns, 'w', 'none'), hasattr(ns, 'y'))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
