def b_value():
    return 'beta'
def call_alpha():
    import alpha
    return alpha.a_value()
