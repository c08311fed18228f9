def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][1]
    if kind == 'zero':
        return 1 % 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('x')
    if kind == 'attr':
        return None.foo
    return 'fine'
for kind in ['key', 'index', 'zero', 'type', 'value', 'attr', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e.args)
    except ArithmeticError as e:
        print('arith', type(e).__name__, str(e))
    except Exception as e:
        print('other', type(e).__name__, str(e))
try:
    risky('key')
except LookupError:
    print('base class catches subclass')
try:
    try:
        risky('zero')
    except KeyError:
        print('wrong handler')
except ZeroDivisionError:
    print('propagated out of non-matching handler')
