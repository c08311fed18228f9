def fail():
    raise KeyError('missing')


def reraise():
    raise


saved = None
try:
    fail()
except KeyError as e:
    saved = e
try:
    raise saved
except LookupError:
    print('caught again')
try:
    fail()
except KeyError:
    reraise()
