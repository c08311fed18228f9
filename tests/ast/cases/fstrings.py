name, value, width, precision = "x", 3.14159, 10, 3
f"plain"
f"{name}"
f"{name!r} {name!s} {name!a}"
f"{value:.2f} {value:{width}.{precision}} {value:>{width}}"
f"{value:{'>' if width else '<'}{width}}"
f"{value=}"
f"{value = }"
f"{value=!r}"
f"{value=:.3f}"
f"{ value = !s:>20}"
f"{{literal braces}} {{{name}}}"
f"{name}{name}{{}}"
f'{"double inside single"}'
f"{x!r:^{width}}"
f"{3.14:{'.'}{2}f}"
f"{a['key']} {b[0]:x} {c.attr}"
f"{(lambda: 1)()}"
f"{(y := 5)}"
f"{[i for i in range(3)]}"
f"{ {'a': 1}['a'] }"
f"{x,}"
f"{*a,}"
f"{yield_}"
f"{name:}"
f"{name!r:}"
f"text {name} more text {value} end"
f"{f'{name}'}"
f"{1:{f'{2}'}}"
rf"raw {name} \n"
fr'raw {name}'
Rf"{name}\d"
F"{name}"
f"{name}" "plain" f"{value}" 'more'
"plain" f"{name}"
f"" ""
f"{name}" f"" f"{value:>{width}}"
f"""multi
line {name}
{value:
>10}"""
f"""{
    name
    +
    'x'
}"""
f'''{value!r:{"<"}10}'''
f"{'''triple in single'''}"
f"{chr(65)}{ord('a')}"
f"{x:%Y-%m-%d}"
f"{x:{{}}>10}"
message = ("plain start, "
           f"then {name!r:>{width}}, "
           'then plain again, '
           F'and {value=} to end')
