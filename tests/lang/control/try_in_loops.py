results = []
for token in ['1', 'x', '3', '', '5.5', '7']:
    try:
        value = int(token)
    except ValueError:
        results.append('bad:' + token)
        continue
    else:
        results.append(value)
    finally:
        results.append('|')
print(results)
def first_int(tokens):
    for t in tokens:
        try:
            return int(t)
        except ValueError:
            pass
        finally:
            print('checked', repr(t))
    return None
print(first_int(['a', 'b', '42', '7']))
