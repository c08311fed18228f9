# Setting an exception's __context__, __cause__ and __suppress_context__ by hand.
first = ValueError('first')
second = KeyError('second')
second.__context__ = first
print(repr(second.__context__), second.__cause__, second.__suppress_context__)
second.__cause__ = TypeError('cause')
print(repr(second.__cause__), second.__suppress_context__)
second.__suppress_context__ = False
second.__cause__ = None
print(second.__cause__, second.__suppress_context__, repr(second.__context__))
try:
    second.__context__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    second.__cause__ = 'x'
except TypeError as e:
    print('TypeError', e)
