import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.byteorder, sys.platform.startswith('linux'), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.getrecursionlimit(), sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
print(type(sys.path).__name__, isinstance(sys.modules, dict), 'sys' in sys.modules, sys.hash_info.modulus)
