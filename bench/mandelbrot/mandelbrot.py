"""Mandelbrot set on an N x N grid with plain float arithmetic (no complex
type): tight loops, a branch per iteration. Prints how many points stay
bounded and a checksum of the escape counts.

    python3 bench/mandelbrot/mandelbrot.py [N]     (default 700)
"""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    max_iter = 50
    inside = 0
    checksum = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == max_iter:
                inside += 1
            checksum = (checksum * 31 + i) % 1000000007
    print('%dx%d: %d inside, checksum %d' % (n, n, inside, checksum))


main()
