def convert(items):
    out = []
    errors = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            try:
                out.append(float(it))
            except ValueError as e:
                errors.append(str(e))
    return out, errors
print(convert(['1', '2.5', 'x', '1e3', '']))
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry('attempt %d' % attempts)
    return 'ok after %d' % attempts
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print('retrying:', r)
