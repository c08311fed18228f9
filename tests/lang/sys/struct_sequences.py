import sys
print(sys.version_info >= (3, 11), sys.version_info[0], sys.version_info == sys.version_info, len(sys.float_info))
print(sys.int_info, sys.hash_info.algorithm, list(sys.version_info)[:2], sys.modules['sys'])
a, b, *_ = sys.version_info
print(a, b, sys.version_info[:2] == (3, 11), sys.float_info[2])
try:
    sys.version_info.foo
except AttributeError as e:
    print(e)
