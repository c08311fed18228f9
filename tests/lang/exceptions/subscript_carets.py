# A failing subscript is anchored at its brackets (`~^^^`), whether it
# reads, stores, deletes or slices, and whatever the value's type.
import traceback


def read(x):
    return x[1]


def store(x):
    x[1] = 2


def delete(x):
    del x[1]


def cut(x):
    return x[1:2]


def through_list(rows, i):
    return rows[i][0]


for fn in (read, store, delete, cut):
    for value in (None, 5, (1, 2)):
        try:
            fn(value)
        except TypeError:
            print(traceback.format_exc().splitlines()[-3:])
try:
    through_list([[1], None], 1)
except TypeError:
    print(traceback.format_exc().splitlines()[-3:])
