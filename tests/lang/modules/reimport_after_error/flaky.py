import state
state.attempts += 1
print('flaky body, attempt', state.attempts)
if state.attempts < 2:
    raise RuntimeError('first import fails')
VALUE = 'loaded on attempt %d' % state.attempts
