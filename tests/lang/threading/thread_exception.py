# An exception escaping a thread's target is reported on stderr by
# threading.excepthook; the program goes on and exits with status 0.
import threading


def boom():
    print("about to fail")
    raise ValueError("boom in a thread")


t = threading.Thread(target=boom)
t.start()
t.join()
print("main goes on; alive:", t.is_alive())
