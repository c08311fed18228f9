# Sibling classes with fields of their own, read and written through a value
# that may be any of them: each read must use its own class's layout.
class Rec:
    pass
class DeviceRec(Rec):
    def __init__(self):
        self.pending = None
class IdleRec(Rec):
    def __init__(self):
        self.control = 1
        self.count = 10
class WorkRec(Rec):
    def __init__(self):
        self.count = 0
        self.destination = 'A'
def touch(rec, value):
    rec.pending = value
    return rec.pending
recs = [DeviceRec(), IdleRec(), WorkRec()]
for r in recs:
    print(type(r).__name__, touch(r, len(type(r).__name__)))
print([getattr(r, 'count', None) for r in recs])
try:
    print(recs[0].count)
except AttributeError as e:
    print('AttributeError', e)
