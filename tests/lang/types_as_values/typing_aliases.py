# typing's aliases as values: reprs, __origin__/__args__, equality with
# the builtin unions, `|`, and isinstance() where CPython allows it.
import typing
from typing import Dict, List, Optional, Union

print(Optional[int], Union[int, str], List[int], Dict[str, int], Union[int, None, str], Union[int])
print(Optional[int].__args__, Optional[int].__origin__, Union[int, str].__args__, List[int].__origin__, Dict[str, int].__args__)
print(Optional[int] == (int | None), (int | None) == Optional[int], Union[int, str] == Union[str, int], List[int] == List[str])
print(hash(Optional[int]) == hash(Union[int, None]), Optional[int | str], List[None])
print(List[int] | None, Optional[int] | str, int | List[int], None | List[int])
print(isinstance(3, Optional[int]), isinstance(None, Union[int, None]), isinstance("x", Union[int, float]))
print(isinstance([], List), isinstance({}, List), issubclass(bool, Union[int, str]), isinstance(2, (str, Optional[int])))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, typing.Any)
except TypeError as e:
    print("TypeError:", e)
