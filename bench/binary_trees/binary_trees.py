"""Binary trees (the Benchmarks Game's program): allocating and walking
many short-lived tuples, a test of the allocator and collector.

    python3 bench/binary_trees/binary_trees.py [DEPTH]     (default 16)
"""
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main():
    max_depth = max(6, int(sys.argv[1]) if len(sys.argv) > 1 else 16)
    min_depth = 4
    stretch = max_depth + 1
    print('stretch tree of depth %d\t check: %d' % (stretch, check_tree(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, stretch, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print('%d\t trees of depth %d\t check: %d' % (iterations, depth, check))
    print('long lived tree of depth %d\t check: %d' % (max_depth, check_tree(long_lived)))


main()
