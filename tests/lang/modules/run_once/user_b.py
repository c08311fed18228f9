import counter
from counter import bump
print('user_b imported, bump ->', bump())
