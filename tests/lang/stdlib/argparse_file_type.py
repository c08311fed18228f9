# argparse.FileType (files opened for reading and writing, '-' as the
# standard streams, its repr and the message for a file that cannot be
# opened) and parse_intermixed_args.
import argparse
import os
import sys

with open("input.txt", "w") as f:
    f.write("first line\nsecond line\n")

parser = argparse.ArgumentParser(prog="upper")
parser.add_argument("source", type=argparse.FileType("r"))
parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), default="-")
args = parser.parse_args(["input.txt", "--out", "output.txt"])
for line in args.source:
    args.out.write(line.upper())
args.source.close()
args.out.close()
with open("output.txt") as f:
    print(repr(f.read()))

args = parser.parse_args(["input.txt"])
print(args.out is sys.stdout, args.source.name)
args.out.write("written to stdout through the FileType\n")
args.source.close()
print(parser.parse_args(["-"]).source is sys.stdin)
print(repr(argparse.FileType()), repr(argparse.FileType("wb", 0)), repr(argparse.FileType("a", encoding="latin-1")))
try:
    argparse.FileType("q")("-")
except ValueError as e:
    print("ValueError", e)

checked = argparse.ArgumentParser(prog="check", exit_on_error=False)
checked.add_argument("source", type=argparse.FileType("r"))
try:
    checked.parse_args(["missing.txt"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)

mixed = argparse.ArgumentParser(prog="mix")
mixed.add_argument("--level", type=int, default=1)
mixed.add_argument("-v", action="store_true")
mixed.add_argument("command")
mixed.add_argument("numbers", nargs="*", type=int)
print(mixed.parse_intermixed_args(["run", "1", "--level", "3", "2", "-v", "3"]))
print(mixed.parse_known_intermixed_args(["run", "--bad", "4", "5"]))
print(mixed.parse_known_args(["run", "1", "--level", "3", "2"]))
os.remove("input.txt")
os.remove("output.txt")
