prices = {'apple': 3, 'pear': 5}
for fruit in ['apple', 'pear', 'plum']:
    print(fruit, prices[fruit])
