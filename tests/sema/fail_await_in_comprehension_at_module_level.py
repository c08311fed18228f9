values = {await x for x in y}
