# error: 6:30: an asynchronous generator expression
async def numbers():
    yield 1

async def main():
    return [n async for n in (x async for x in numbers())]
main().send(None)
