import a
try:
    print(a.READY)
except AttributeError as e:
    print('AttributeError', e)
try:
    from a import READY
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
def early():
    return 'b early sees ' + a.READY
