# Calling a value that is an instance of one of several classes whose
# __call__ differ (argparse's actions).


class Action:
    def __init__(self, dest, default=None):
        self.dest = dest
        self.default = default

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class Store(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class Count(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class Append(Action):
    pass


class NS:
    pass


REG = {'store': Store, 'count': Count, 'append': Append}


def make(kind, **kw):
    cls = REG[kind]
    return cls(**kw)


def take(action, ns, values, opt=None):
    action(None, ns, values, opt)


def take_base(action: Action, ns, values):
    action(None, ns, values)


ns = NS()
acts = [make('store', dest='x'), make('count', dest='v'), make('count', dest='v', default=3)]
for a in acts:
    take(a, ns, 'val', '-o')
take(acts[0], ns, ['a', 1])
print(vars(ns))
for a in [Store('s'), Count('c'), Append('q')]:
    try:
        take_base(a, ns, 'w')
    except NotImplementedError as e:
        print(type(a).__name__, e)
print(vars(ns))
try:
    Action('q')(None, ns, 1)
except NotImplementedError as e:
    print('direct:', e)
