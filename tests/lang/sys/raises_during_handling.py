try:
    {}['k']
except KeyError:
    print('handling')
    raise ValueError('failed while handling')
