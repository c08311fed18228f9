class Guard:
    def __enter__(self):
        return 'entered'

    def __exit__(self, kind, value, traceback):
        print('exit with', kind.__name__ if kind else None, repr(value))
        return False


def run(items):
    with Guard() as state:
        print(state)
        return items[3]


with Guard():
    print('fine')
run([1, 2, 3])
