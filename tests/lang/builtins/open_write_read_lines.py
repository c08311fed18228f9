import os
import tempfile
lines = ['alpha', 'βeta', 'gamma 𝔘', '', 'last']
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'lines.txt')
    with open(p, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(line + '\n')
    with open(p, encoding='utf-8') as f:
        back = [l.rstrip('\n') for l in f]
    print(back == lines, back)
    with open(p, 'rb') as f:
        raw = f.read()
    print(len(raw), raw.count(b'\n'), raw[:12])
    with open(p, encoding='utf-8') as f:
        print(sum(1 for _ in f), f.closed)
    print(f.closed)
    os.remove(p)
    print(os.path.exists(p))
