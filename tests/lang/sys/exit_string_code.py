import sys
print('start')
raise SystemExit('stopping with a message')
