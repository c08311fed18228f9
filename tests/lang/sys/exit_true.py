import sys

print("before")
sys.exit(True)
