import sys
import user_a
import user_b
import counter
import counter as again
print(counter.count, again is counter, 'counter' in sys.modules)
import user_a
print(counter.bump())
