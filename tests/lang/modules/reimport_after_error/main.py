import sys
try:
    import flaky
except RuntimeError as e:
    print('caught', e, 'flaky' in sys.modules)
import flaky
print(flaky.VALUE, 'flaky' in sys.modules)
import flaky
print(flaky.VALUE)
