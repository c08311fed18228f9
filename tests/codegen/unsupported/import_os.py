# error: 2:8: importing the module 'os'
import os
print(os.getcwd())
