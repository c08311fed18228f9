async with f() as x:
    pass
