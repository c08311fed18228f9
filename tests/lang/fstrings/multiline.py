name = 'World'
msg = (
    f'Hello, {name}! '
    f'Length: {len(name)} '
    'plain part '
    f'{name[::-1]}'
)
print(msg)
report = f"""
Report for {name}:
  upper: {name.upper()}
  chars: {list(name)[:3]}
"""
print(report)
print(f'{"line1"}\n{"line2"}', f'\t{name}\t|', f'{name}\\')
