def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ('+', a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ('*', a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ('-', a):
            return -evaluate(a, env)
        case ('let', str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ('if', cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case _:
            raise ValueError('bad expression %r' % (expr,))
prog = ('let', 'x', 5, ('+', ('*', 'x', 'x'), ('-', 3)))
print(evaluate(prog, {}))
print(evaluate(('if', 0, 1, ('+', 'y', 0.5)), {'y': 2}))
try:
    evaluate(('%', 1, 2), {})
except ValueError as e:
    print('ValueError', e)
