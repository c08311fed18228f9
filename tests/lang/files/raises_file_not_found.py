with open('present.txt', 'w') as f:
    f.write('here')
print(open('present.txt').read())
open('absent.txt')
