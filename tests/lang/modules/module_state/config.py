settings = {'mode': 'default'}
level = 1
def set_level(n):
    global level
    level = n
def get_level():
    return level
