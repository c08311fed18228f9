class Boom(Exception):
    def __str__(self):
        return 'custom boom text'
print('before')
raise Boom(1, 2)
