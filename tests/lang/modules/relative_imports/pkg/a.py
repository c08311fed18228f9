from . import b
from .b import CONSTANT as C
def hello():
    return 'hello from a, b says %s, C=%d' % (b.name(), C)
