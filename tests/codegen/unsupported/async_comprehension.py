# error: 6:25: an async comprehension
async def numbers():
    yield 1

async def main():
    return [n async for n in numbers()]
main().send(None)
