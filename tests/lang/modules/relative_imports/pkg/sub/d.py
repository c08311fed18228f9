VALUE = 'd-value from ' + __name__
