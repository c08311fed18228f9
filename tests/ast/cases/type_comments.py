x = []  # type: list[int]
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
for i in range(3):  # type: int
    pass
with open("f") as g:  # type: IO[str]
    pass
import os  # type: ignore
z = 1  # type: ignore[misc]
