import os
print(os.path.exists('gone.txt'))
os.remove('gone.txt')
