# urllib.parse: percent-encoding and query strings.
from urllib.parse import quote, quote_plus, unquote, unquote_plus, unquote_to_bytes, quote_from_bytes
from urllib.parse import urlencode, parse_qs, parse_qsl

for text in ['a b/c?d', 'naïve café', '日本', '~_.-', '100%']:
    print(quote(text), quote(text, safe=''), quote_plus(text), quote_plus(text, safe='/'))
print(quote('é', encoding='latin-1'), quote(b'\x00\xffa b'), quote_from_bytes(b'a/b c'))
for text in ['%41%42%e6%97%a5', 'a+b%20c', '%zz%', '%C3%A9', '%ff', 'plain']:
    print(unquote(text), unquote_plus(text), unquote_to_bytes(text), unquote(text, 'latin-1'))

print(urlencode({'q': 'search terms', 'n': 10, 'e': 'ü&='}))
print(urlencode([('a', 1), ('a', 2), ('b', 'x/y')], safe='/'))
print(urlencode({'tags': ['x', 'y z'], 'n': 3}, doseq=True))
print(urlencode({'tags': ['x', 'y']}))
print(urlencode({'k': 'a b'}, quote_via=quote))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)

qs = 'a=1&b=2&a=3&empty=&flag&sp=a+b%21'
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs), parse_qs(qs, True))
print(parse_qs('x=1;y=2', separator=';'))
try:
    parse_qsl('a=1&&b', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
try:
    parse_qs('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e:
    print('ValueError', e)
