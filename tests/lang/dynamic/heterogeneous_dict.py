record = {'name': 'widget', 'price': 9.99, 'qty': 3, 'tags': ['a', 'b'], 'meta': {'x': None}, 'active': True}
for key, value in record.items():
    kind = type(value).__name__
    if isinstance(value, bool):
        shown = 'yes' if value else 'no'
    elif isinstance(value, (int, float)):
        shown = '%.1f' % value
    elif isinstance(value, list):
        shown = '/'.join(value)
    elif isinstance(value, dict):
        shown = ','.join('%s=%s' % kv for kv in value.items())
    else:
        shown = value.upper()
    print(key, kind, shown)
record['price'] = str(record['price'])
record['qty'] = None
print(record)
