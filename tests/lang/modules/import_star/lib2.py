VISIBLE = 'yes'
_hidden = 'no'
def f():
    return 'f'
