import sys
def run(values):
    bad = [v for v in values if v < 0]
    print('checked', len(values), 'values')
    return 2 if bad else 0
sys.exit(run([1, -2, 3]))
