name = 'q'
print(f"{name!r}", f'{"double"}', f"{'single'}", f'''{'tri'}{"ple"}''', f"""{name}""")
print(f'{{}}', f'{{{name}}}', f'{name}{{', f'}}{name}', f'%{name}%', f'tab\t{name}\tend')
print(f'\N{GREEK SMALL LETTER ALPHA}{name}', f'\x41{name}\u00e9', len(f'{name:5}'))
