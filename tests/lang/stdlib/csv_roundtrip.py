import csv
import io

out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "city", "quote"])
w.writerow(["Ann", "Paris, France", 'She said "hi"'])
w.writerows([["Bob", "Rome", ""], ["Cid", "Multi\nline", 3.5]])
print(repr(out.getvalue()))

rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
print(rows, len(rows))

table = "id;score\n1;9.5\n2;7\n"
print([r for r in csv.reader(io.StringIO(table), delimiter=";")])

people = io.StringIO("name,age,city\nann,31,paris\nbob,42\ncid,27,rome,extra\n\n")
for record in csv.DictReader(people, restval="?", restkey="rest"):
    print(sorted(record.items(), key=lambda kv: str(kv[0])))

buffer = io.StringIO()
dw = csv.DictWriter(buffer, fieldnames=["x", "y"], lineterminator="\n")
dw.writeheader()
dw.writerow({"x": 1, "y": "a,b"})
dw.writerow({"x": 2})
print(repr(buffer.getvalue()))

numeric = io.StringIO()
csv.writer(numeric, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5, None])
print(numeric.getvalue().strip(), list(csv.reader(io.StringIO(numeric.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, "b, c"'], skipinitialspace=True)), list(csv.reader(["x\\,y"], escapechar="\\")))

for bad in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: list(csv.reader(['a,"b"c'], strict=True)),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})]:
    try:
        bad()
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
