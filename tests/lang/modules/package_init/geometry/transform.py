from .vector import Vec
from . import vector
def scale(v, k):
    return Vec(v.x * k, v.y * k)
def shift(v):
    return v + vector.Vec(1, 1)
