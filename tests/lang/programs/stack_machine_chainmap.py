"""A tiny stack machine: assembles text, runs it, and traces calls."""
import operator
from collections import ChainMap

OPS = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul,
    "div": operator.floordiv, "mod": operator.mod, "lt": operator.lt, "eq": operator.eq,
}


class VMError(Exception):
    pass


class Frame:
    def __init__(self, code, ret, scope):
        self.code = code
        self.pc = 0
        self.ret = ret
        self.scope = scope


def assemble(text):
    labels, program = {}, []
    for raw in text.strip().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels


def run(text, limit=100000):
    program, labels = assemble(text)
    stack, out = [], []
    frames = [Frame(program, None, ChainMap({}))]
    steps = 0
    while frames:
        f = frames[-1]
        if f.pc >= len(program):
            break
        op, args = program[f.pc]
        f.pc += 1
        steps += 1
        if steps > limit:
            raise VMError(f"step limit {limit} hit at pc={f.pc - 1}")
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            try:
                stack.append(f.scope[args[0]])
            except KeyError:
                raise VMError(f"unbound {args[0]}") from None
        elif op == "store":
            f.scope[args[0]] = stack.pop()
        elif op in OPS:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(OPS[op](a, b))
            except ZeroDivisionError as e:
                raise VMError(str(e)) from e
        elif op == "jmp":
            f.pc = labels[args[0]]
        elif op == "jz":
            if not stack.pop():
                f.pc = labels[args[0]]
        elif op == "call":
            frames.append(Frame(program, f.pc, f.scope.new_child()))
            frames[-1].pc = labels[args[0]]
        elif op == "ret":
            done = frames.pop()
            if frames:
                frames[-1].pc = done.ret
        elif op == "print":
            out.append(str(stack.pop()))
        elif op == "halt":
            break
        else:
            raise VMError(f"unknown op {op!r}")
    return out, steps


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    push 1
    lt
    jz body
    jmp end
body:
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    store x
    call show
    halt
show:   # reads x through the chain of scopes
    load x
    load x
    mul
    print
    ret
"""
print(run(FACT))
for bad in ["push 1\npush 0\ndiv", "load y", "frob", "top:\njmp top"]:
    try:
        run(bad, limit=50)
    except VMError as e:
        print(type(e).__name__, e, repr(e.__cause__))
