if True:
	x = 1
	if x:
		y = 2
	else:
		y	=	3
z = [1,	2,		3]
def f():
        return 1  # eight spaces, as wide as one tab
