class Box:
    def __getitem__(self, key):
        return key

rows = [[1, 2], Box()]
rows[0][0] = 5
print(rows[0], rows[1]['x'])
rows[1]['x'] = 3
