# error: 3:10: a list display
total = 0
values = [1, 2, 3]
