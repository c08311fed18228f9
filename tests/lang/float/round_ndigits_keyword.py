x = 2.675
print(round(x, ndigits=2), round(x, 1), round(x, ndigits=None))
print(round(7, ndigits=-1), round(1234, ndigits=-2), round(2.5, ndigits=0))
