print('heavy loaded')
def compute(n):
    return sum(i * i for i in range(n))
