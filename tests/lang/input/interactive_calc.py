stack = []
while True:
    try:
        tok = input().strip()
    except EOFError:
        break
    if not tok:
        continue
    if tok in '+-*/':
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == '+' else a - b if tok == '-' else a * b if tok == '*' else a / b)
    else:
        stack.append(float(tok) if '.' in tok else int(tok))
    print(tok, stack)
print('result', stack[-1])
