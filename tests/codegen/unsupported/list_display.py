# error: 3:10: the 'List' expression
total = 0
values = [1, 2, 3]
