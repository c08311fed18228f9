# A UTF-8 byte order mark starts this file.
s = "café"
x = s, 1
