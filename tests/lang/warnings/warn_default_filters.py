# warnings.warn under the default filters: shown once per location on
# stderr (whose last line the test compares: the warning's source line),
# DeprecationWarning shown in __main__; simplefilter/filterwarnings turning
# warnings into exceptions or silencing them.
import warnings


def check(n):
    if n < 0:
        warnings.warn('negative value %d' % n)
    return abs(n)


for v in [-1, 2, -3]:
    print(check(v))

warnings.warn('old api', DeprecationWarning)
warnings.warn('runtime trouble', RuntimeWarning)
warnings.warn('quiet', PendingDeprecationWarning)


class AppWarning(UserWarning):
    pass


warnings.warn(AppWarning('custom instance'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('caught', type(e).__name__, e)
    try:
        warnings.warn('deprecated', DeprecationWarning)
    except DeprecationWarning as e:
        print('caught', type(e).__name__, e)
    try:
        warnings.warn(AppWarning('app'))
    except AppWarning as e:
        print('caught', type(e).__name__, e.args)

warnings.filterwarnings('error', message='boom', category=RuntimeWarning)
try:
    warnings.warn('boom here', RuntimeWarning)
except RuntimeWarning as e:
    print('caught', e)
warnings.warn('no boom', RuntimeWarning)
warnings.simplefilter('ignore')
warnings.warn('silenced')
warnings.resetwarnings()
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('every time')
try:
    warnings.warn('bad category', int)
except TypeError as e:
    print('TypeError', e)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1'), end='')
print('done')
warnings.warn('last one')
