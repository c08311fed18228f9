print('geometry package init')
from .vector import Vec
ORIGIN = Vec(0, 0)
__version__ = '1.2'
