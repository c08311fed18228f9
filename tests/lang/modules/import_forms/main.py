import shapes
import shapes as sh
from shapes import area as circle_area, Square
from shapes import PI
print(shapes.area(2), sh.perimeter(1), circle_area(3), Square(4).area(), PI)
print(shapes is sh, shapes.__name__, shapes.__doc__, type(shapes).__name__)
shapes.PI = 3
print(shapes.area(2), circle_area(2), PI)
