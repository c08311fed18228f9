inventory = {}
for item, qty in [('apple', 3), ('pear', 1), ('apple', 2), ('fig', 0), ('pear', 5)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
index = {}
for i, w in enumerate('to be or not to be'.split()):
    index.setdefault(w, []).append(i)
print(index)
print(inventory.get('kiwi'), inventory.get('kiwi', 'none'), 'fig' in inventory, inventory.get('fig') or 'falsy')
print(max(inventory, key=inventory.get), sorted(inventory, key=lambda k: (inventory[k], k)))
