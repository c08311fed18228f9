__all__ = ['public_fn', 'CONST']
CONST = 10
def public_fn():
    return 'public'
def other_fn():
    return 'other'
_private = 'hidden'
