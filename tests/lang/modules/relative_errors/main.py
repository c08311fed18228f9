try:
    from . import sibling
except ImportError as e:
    print('ImportError', e)
import pkg.deep
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    import pkg.deep.deeper
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
