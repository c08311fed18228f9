import time
start = time.time()
time.sleep(0.02)
elapsed = time.time() - start
print('slept at least 15 ms:', elapsed >= 0.015, 'under 1 s:', elapsed < 1.0)
print('time() after 2020:', time.time() > 1577836800)
t = time.perf_counter()
time.sleep(0)
print('sleep(0) ok', time.perf_counter() >= t)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
