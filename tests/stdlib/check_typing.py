"""src/stdlib/typing.py against CPython's typing: what annotated programs
touch at run time (subscripting, reprs, TypeVar, cast, Generic bases)."""
import typing

from differential import finish, load, same

ours = load('typing')


def reprs(m):
    return [repr(x) for x in (m.List, m.List[int], m.Optional[int], m.Dict[str, int], m.Any,
                              m.Callable[[int], str], m.TypeVar('T'), m.TypeVar('U', covariant=True),
                              m.Union[int, str], m.Union[int, None], m.Union[int], m.Tuple[int, ...],
                              m.Optional[m.List[str]], m.Set[float], m.Iterator[int], m.Type[int])]


def generic_class(m):
    T = m.TypeVar('T')

    class Stack(m.Generic[T]):
        def __init__(self):
            self.items = []
    s = Stack()
    s.items.append(1)
    return s.items, m.cast(int, 'x'), m.TYPE_CHECKING, m.List[int] == m.List[int]


def annotated_function(m):
    def f(xs: m.List[int], d: m.Optional[m.Dict[str, int]] = None) -> m.Tuple[int, str]:
        return sum(xs), repr(d)
    return f([1, 2])


same(reprs, typing, ours)
same(generic_class, typing, ours)
same(annotated_function, typing, ours)
same(lambda m: m.List(), typing, ours)
finish('typing')
