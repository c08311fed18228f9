# wait_for's TimeoutError, uncaught, ends the program.
import asyncio


async def forever():
    try:
        await asyncio.sleep(5)
    finally:
        print("forever cancelled")


async def main():
    print("waiting")
    await asyncio.wait_for(forever(), 0.01)


asyncio.run(main())
