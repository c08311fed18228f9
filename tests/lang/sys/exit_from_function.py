import sys
def fail(msg):
    print('error:', msg, file=sys.stderr)
    sys.exit(7)
print('step 1')
fail('something went wrong')
print('unreachable')
