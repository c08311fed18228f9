import os
import sys
print(len(sys.argv), os.path.basename(sys.argv[0]), sys.argv[1:])
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print('sum of numeric args', total)
