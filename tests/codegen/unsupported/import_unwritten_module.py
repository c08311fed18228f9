# error: 2:8: importing the module 'sqlite3'
import sqlite3
print(sqlite3.sqlite_version)
