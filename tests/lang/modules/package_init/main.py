import geometry
from geometry import Vec, ORIGIN
import geometry.transform
from geometry.vector import dot
from geometry.transform import scale as sc
print(geometry.__version__, ORIGIN, Vec(1, 2) + Vec(3, 4), dot(Vec(1, 2), Vec(3, 4)))
print(sc(Vec(1, 2), 3), geometry.transform.shift(Vec(0, 0)), geometry.vector.Vec is Vec)
print(geometry.__name__, geometry.vector.__name__, geometry.transform.__name__)
