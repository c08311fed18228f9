print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 0.5), pow(-8, 1 / 3), pow(4, -1), pow(0, 0))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
