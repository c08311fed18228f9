"""src/stdlib/queue.py against CPython's queue, single-threaded: the orders
of the three queues, sizes, the nowait calls' Empty and Full, timeouts,
task accounting."""
import queue

from differential import finish, load, same

ours = load('queue')


def run(m, kind, maxsize, script):
    q = getattr(m, kind)(maxsize) if kind != 'SimpleQueue' else m.SimpleQueue()
    out = []
    for step in script:
        try:
            if step[0] == 'put':
                q.put_nowait(step[1])
            elif step[0] == 'putt':
                q.put(step[1], timeout=step[2])
            elif step[0] == 'get':
                out.append(q.get_nowait())
            elif step[0] == 'gett':
                out.append(q.get(timeout=step[1]))
            elif step[0] == 'done':
                q.task_done()
            elif step[0] == 'join':
                q.join()
            out.append((q.qsize(), q.empty()) + ((q.full(),) if kind != 'SimpleQueue' else ()))
        except (queue.Empty, m.Empty):
            out.append('Empty')
        except (queue.Full, m.Full):
            out.append('Full')
        except ValueError as e:
            out.append(('ValueError', str(e)))
    return out


SCRIPTS = [
    [('put', 3), ('put', 1), ('put', 2), ('get',), ('put', 0), ('get',), ('get',), ('get',), ('get',)],
    [('put', (2, 'b')), ('put', (1, 'a')), ('put', (2, 'a')), ('get',), ('get',), ('get',)],
    [('put', 1), ('put', 2), ('put', 3), ('get',), ('done',), ('done',), ('done',), ('done',), ('join',)],
    [('gett', 0.01), ('gett', -1), ('putt', 5, 0.01), ('putt', 6, 0.01), ('get',)],
    [('put', 'x'), ('put', 'y'), ('get',), ('put', 'z'), ('get',), ('get',), ('get',)],
]
for kind in ('Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue'):
    for maxsize in (0, 2):
        for script in SCRIPTS:
            if kind == 'SimpleQueue' and script is SCRIPTS[2]:
                continue  # no task_done (an AttributeError naming '_queue.SimpleQueue')
            same(run, queue, ours, kind, maxsize, script)
same(lambda m: (issubclass(m.Empty, Exception), issubclass(m.LifoQueue, m.Queue), m.Queue().maxsize, m.Queue(5).maxsize),
     queue, ours)
finish('queue')
