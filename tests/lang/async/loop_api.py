# The event loop's own API: run_until_complete, call_soon, call_later,
# call_at, time, current_task, all_tasks, Future.
import asyncio


def report(*args):
    print("callback", *args)


async def compute(fut, value):
    await asyncio.sleep(0)
    print("setting", value)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    loop.call_soon(report, "soon", 1)
    loop.call_later(0.02, report, "later")
    loop.call_at(loop.time() + 0.01, report, "at")
    handle = loop.call_soon(report, "cancelled")
    handle.cancel()
    print("scheduled")
    await asyncio.sleep(0)
    await asyncio.sleep(0.03)
    fut = loop.create_future()
    print(fut.done(), repr(fut))
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    asyncio.create_task(compute(fut, 42))
    print("awaited", await fut, repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    me = asyncio.current_task()
    print(me.get_name(), len(asyncio.all_tasks()))
    me.set_name("renamed")
    coro = compute(fut, 1)
    print(me.get_name(), asyncio.iscoroutine(coro), asyncio.iscoroutine(fut))
    coro.close()
    other = loop.create_future()
    other.set_exception(KeyError("bad"))
    print(repr(other.exception()))
    try:
        await other
    except KeyError as e:
        print("raised", repr(e))
    return "main result"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()))
print(loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(report)
except RuntimeError as e:
    print("RuntimeError:", e)
