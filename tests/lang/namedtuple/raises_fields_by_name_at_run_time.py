# Fields read by names known only at run time (attrgetter, getattr), and
# tuple.index with bounds held as boxed values.
from collections import namedtuple
from operator import attrgetter

Sale = namedtuple("Sale", "region product units price")
sales = [Sale("north", "widget", 10, 2.5), Sale("south", "gadget", 3, 10.0), Sale("north", "gadget", 7, 9.5)]
sales.sort(key=attrgetter("region", "product"))
print(sales)
for name in ["product", "units", "price"]:
    print(name, [getattr(s, name) for s in sales])
bounds = [0, 1, True, None]
items = (5, 6, 5, 6)
for b in bounds[:3]:
    print(items.index(5, b), items.index(6, b), Sale("a", "b", 1, 2.0).index("b", b))
print(items.index(6, bounds[3]))
