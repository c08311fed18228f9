import gc

junk = []
for i in range(1000):
    node = [i]
    node.append(node)
    junk.append(node)
del junk
print(isinstance(gc.collect(), int), gc.collect(0) >= 0, gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold(), gc.get_debug(), gc.garbage, gc.callbacks, len(gc.get_stats()), gc.get_freeze_count())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
for bad in [lambda: gc.collect(3), lambda: gc.collect("a"), lambda: gc.set_threshold(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
