f("éé" for x in y, 1)
