import sys

try:
    sys.exit(2 ** 70)
except SystemExit as e:
    print(e.code == 2 ** 70)
sys.exit(256 + 3)
