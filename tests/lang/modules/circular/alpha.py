import beta
def a_value():
    return 'alpha'
def both():
    return a_value() + '+' + beta.b_value()
