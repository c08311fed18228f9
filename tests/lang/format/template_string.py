from string import Template
t = Template('$who likes $what, ${who}s rule, $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='x'))
try:
    t.substitute(who='y')
except KeyError as e:
    print('KeyError', e)
import string
print(string.ascii_lowercase, string.digits, string.punctuation[:10], string.capwords('hello  big world'))
