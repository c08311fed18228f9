"""asyncio, written for ingot: an event loop in Python over the compiler's
coroutines (one thread, no I/O: callbacks, timers, tasks and the
synchronisation primitives)."""

from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, get_event_loop, get_running_loop, new_event_loop, set_event_loop)
from .exceptions import BuiltinTimeoutError as TimeoutError
from .exceptions import CancelledError, InvalidStateError
from .futures import Future, isfuture
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import run
from .taskgroups import TaskGroup
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks, as_completed, create_task,
                    current_task, ensure_future, gather, shield, sleep, wait, wait_for)
from .timeouts import Timeout, timeout, timeout_at
