"""An object-heavy ray tracer: vector objects with operator methods,
spheres and planes behind a common interface, shadows and reflections.
Renders a WIDTH x WIDTH image and prints a checksum of its pixels.

    python3 bench/raytrace/raytrace.py [WIDTH]     (default 280)
"""
import math
import sys

EPSILON = 1e-5


class Vector:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ('r', 'g', 'b')

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ('origin', 'direction')

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, diffuse, reflection):
        super().__init__(a, diffuse, 0.0, 1, reflection)
        self.other = b

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest(self, ray):
        best_t, best = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best_t, best

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return Color(0.1, 0.1, 0.15)
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.color_at(point)
        result = base.tint(self.ambient)
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.magnitude()
            to_light = to_light * (1.0 / distance)
            shadow_t, _ = self.nearest(Ray(point, to_light))
            if shadow_t is not None and shadow_t < distance:
                continue
            lambert = normal.dot(to_light)
            if lambert > 0:
                result = result + base.tint(light.color) * (lambert * material.diffuse)
            if material.specular > 0:
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    result = result + light.color * (material.specular * spec ** material.shininess)
        if depth > 0 and material.reflection > 0:
            reflected = Ray(point, ray.direction.reflect(normal))
            result = result + self.trace(reflected, depth - 1) * material.reflection
        return result


def build_scene():
    shiny = Material(Color(0.9, 0.2, 0.2), 0.8, 0.6, 40, 0.3)
    matte = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 8, 0.0)
    mirror = Material(Color(0.8, 0.8, 0.9), 0.2, 0.9, 80, 0.7)
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 0.8, 0.2)
    objects = [
        Sphere(Vector(0.0, 1.0, 5.0), 1.0, shiny),
        Sphere(Vector(-2.2, 0.7, 6.0), 0.7, matte),
        Sphere(Vector(2.0, 1.5, 7.0), 1.5, mirror),
        Sphere(Vector(0.8, 0.3, 3.5), 0.3, matte),
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
    ]
    lights = [Light(Vector(-5.0, 8.0, -2.0), Color(0.8, 0.8, 0.8)), Light(Vector(6.0, 5.0, 1.0), Color(0.3, 0.3, 0.5))]
    return Scene(objects, lights, Color(0.1, 0.1, 0.1))


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(scene, width):
    eye = Vector(0.0, 1.5, -1.0)
    forward = (Vector(0.0, 0.8, 5.0) - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    checksum = 0
    total = 0
    for row in range(width):
        for col in range(width):
            sx = (col + 0.5) / width * 2.0 - 1.0
            sy = 1.0 - (row + 0.5) / width * 2.0
            direction = forward + right * sx + up * sy
            c = scene.trace(Ray(eye, direction), 3)
            pixel = (to_byte(c.r), to_byte(c.g), to_byte(c.b))
            total += pixel[0] + pixel[1] + pixel[2]
            checksum = (checksum * 257 + pixel[0] * 65536 + pixel[1] * 256 + pixel[2]) % 2147483647
    return total, checksum


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 280
    total, checksum = render(build_scene(), width)
    print('%dx%d: channel sum %d, checksum %d' % (width, width, total, checksum))


main()
