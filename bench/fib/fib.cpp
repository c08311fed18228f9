// The C++ twin of fib.py: the same recursion, for the table's C++ column.
#include <cstdio>
#include <cstdlib>

static long fib(long n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char** argv) {
    long n = argc > 1 ? std::atol(argv[1]) : 36;
    std::printf("fib(%ld) = %ld\n", n, fib(n));
}
