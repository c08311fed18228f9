from .. import a
from ..b import CONSTANT
from . import d
def run():
    return a.hello() + ' | c sees %d and %s' % (CONSTANT, d.VALUE)
