t = str.maketrans({'a': 'A', 98: None, 'c': 120})
print(sorted(t.items()), 'abcabc'.translate(t))
print('hello world'.translate(str.maketrans('lo', '01')), 'été'.translate({ord('é'): 'e'}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError', e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print('ValueError', e)
try:
    'a'.translate({97: 1.5})
except TypeError as e:
    print('TypeError', e)
print(float.fromhex('-0x1.ffffffffffffp+1023'), float.fromhex('0x.8p-1'), (-0.0).hex(), (5e-324).hex(), float.fromhex('inf'))
for bad in ['0x1p', '', '0x1.8p1 x']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print('OverflowError', e)
