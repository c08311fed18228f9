# A local list reassigned a slice copy again and again, as fannkuch's
# `perm = perm1[:]`: the copy may reuse the storage of the list the
# variable held, but only where nothing else can see that list. Each case
# below lets the old list out in one way and checks it kept its items.
def copies(src, rounds):
    perm = []
    out = []
    for r in range(rounds):
        perm = src[r % 3:]
        perm[0] = -r
        out.append((len(perm), perm[0], perm[-1], 3 in perm, perm == src, perm[::-1][:2]))
    return out


def grows_and_shrinks(src):
    sizes = []
    work = []
    for n in (0, 3, 20, 1, 40, 2, 0, 17):
        work = src[:n]
        work.append(n)
        sizes.append((len(work), work[-2:], work.count(n)))
    return sizes


def steps(src):
    seen = []
    for step in (1, -1, 2, -3, 5):
        part = src[::step]
        part.reverse()
        seen.append(part[:4])
        part = src[1:-1:step]
        seen.append(part[:])
    return seen


def self_slices(src):
    a = src[:]
    trail = []
    while len(a) > 0:
        a = a[1:]
        trail.append(len(a))
        a = a[::-1]
        if len(a) > 0:
            trail.append(a[0])
    return trail, a[:]


def kept_by_container(src):
    keep = []
    for i in range(4):
        perm = src[i:]
        keep.append(perm)
    return keep


def kept_by_alias(src):
    olds = []
    perm = src[:2]
    for i in range(3):
        alias = perm
        perm = src[i:i + 2]
        olds.append(alias)
    return olds, perm


def kept_by_loop(src):
    perm = src[:4]
    seen = []
    for x in perm:
        seen.append(x)
        perm = src[4:8]
    return seen, perm


def kept_by_closure(src):
    perm = src[:3]
    look = lambda: perm
    first = look()
    perm = src[3:6]
    return first, look()


def kept_by_generator(src):
    perm = src[:2]
    for i in range(3):
        yield perm
        perm = src[i:i + 2]


def kept_by_return(src, rounds):
    perm = src[:]
    for i in range(rounds):
        perm = src[i:]
    return perm


def boom(n):
    if n > 2:
        raise ValueError('bound %d' % n)
    return n


def raising_bound(src):
    perm = src[:5]
    seen = []
    for n in range(5):
        try:
            perm = src[:boom(n)]
        except ValueError as e:
            print('ValueError', e)
        seen.append(perm[:])
    return seen, perm


def bad_index(src):
    perm = src[:3]
    try:
        perm = src[1:]
        perm[10] = 1
    except IndexError as e:
        print('IndexError', e)
    return perm


nums = list(range(10))
print(copies(nums, 7))
print(nums)
print(grows_and_shrinks(nums))
print(steps(nums))
print(self_slices(nums))
print(kept_by_container(nums))
print(kept_by_alias(nums))
print(kept_by_loop(nums))
print(kept_by_closure(nums))
print(list(kept_by_generator(nums)))
print(kept_by_return(nums, 4), kept_by_return(nums, 0))
print(raising_bound(nums))
print(bad_index(nums))
words = ['a', 'b', 'c', 'd']
print(copies(words, 4))
nested = [[1], [2], [3]]
print(kept_by_container(nested))
print(nums, words, nested)
