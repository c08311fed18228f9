# A Thread subclass with run(), join with a timeout on a sleeping thread,
# daemon flags and time.sleep letting other threads run.
import threading
import time


class Worker(threading.Thread):
    def __init__(self, n, log):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.log = log
        self.result = None

    def run(self):
        self.log.append("%s starts" % self.name)
        go.wait()
        time.sleep(0.01 * self.n)
        self.result = self.n * 100
        self.log.append("%s ends" % self.name)


go = threading.Event()
log = []
workers = [Worker(n, log) for n in (3, 1, 2)]
for w in workers:
    w.start()
log.append("main started all")
go.set()
for w in workers:
    w.join()
# Each starts and sleeps at once; when they wake depends on the clock.
print(log[:4], sorted(log[4:]))
print([w.result for w in workers])


sleeper = threading.Thread(target=time.sleep, args=(0.05,), daemon=True)
sleeper.start()
sleeper.join(timeout=0.001)
print("still alive after a short join:", sleeper.is_alive(), sleeper.daemon)
sleeper.join()
print("alive after join:", sleeper.is_alive())

try:
    sleeper.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


def background():
    time.sleep(0.01)
    print("non-daemon thread finishes after the main code")


threading.Thread(target=background).start()
print("main code ends")
