# Many threads each build data held only by their own stack and suspend;
# the main thread then allocates and forces full collections, twice:
# nothing a suspended thread still uses may be freed.
import gc
import threading

THREADS = 30
gates = [threading.Event(), threading.Event()]
results = {}


def build(n):
    mine = [str(i) * 3 for i in range(n, n + 50)]
    table = {i: [i] * 5 for i in range(n)}
    for round, gate in enumerate(gates):
        gate.wait()
        junk = [[j, str(j)] for j in range(300)]
        mine.append("round %d" % round)
        table[round] = [len(junk)]
    results[n] = (mine[0], mine[49], mine[-1], len(mine), sum(len(v) for v in table.values()))


threads = [threading.Thread(target=build, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for gate in gates:
    churn = [[str(i)] * 10 for i in range(20000)]
    gc.collect()
    gc.collect()
    gate.set()
for t in threads:
    t.join()
print(len(results), len(churn))
print([results[n] for n in (0, 1, 17, 29)])
