import sys
try:
    print('in try')
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
finally:
    print('finally runs')
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
print('continuing, then exiting with 4')
raise SystemExit(4)
