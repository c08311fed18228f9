# Calling a bound method with the wrong number of arguments: CPython
# counts self in the message.
class Greeter:
    def greet(self, name):
        return 'hi ' + name


g = Greeter()
hello = g.greet
print(hello('ann'))
try:
    hello()
except TypeError as e:
    print('TypeError', e)
hello('bob', 'extra')
