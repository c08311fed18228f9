# error: 2:1: async def
async def f():
    pass
print(1)
