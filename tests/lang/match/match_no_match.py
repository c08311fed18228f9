def first(x):
    match x:
        case [a, *_]:
            return a
    return 'fell through'
print(first([9, 8]), first([]), first('str'), first(5))
x = 42
match x:
    case 1:
        print('one')
print('after non-matching match, x =', x)
match (1, 2):
    case (a, b) if a > b:
        print('never')
    case (a, b):
        print('binding after failed guard', a, b)
match {'k': [1, 2, 3]}:
    case {'k': [1, *others]}:
        print('nested', others)
