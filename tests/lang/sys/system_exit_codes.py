import sys
for arg in [0, 1, 'text', None, 2 ** 7]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), '->', repr(e.code), e.args)
def guarded():
    try:
        sys.exit(5)
    finally:
        print('finally during exit')
try:
    guarded()
except SystemExit as e:
    print('exit code', e.code, isinstance(e, Exception), isinstance(e, BaseException))
