class C(await g()):
    return 1
