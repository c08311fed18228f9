# pickle: dump/load on binary files (several pickles in one file), Pickler
# and Unpickler objects, errors.
import io
import os
import pickle
import tempfile

records = [{"id": i, "name": "item%d" % i, "tags": {i, i + 1}, "score": i / 7} for i in range(5)]
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.pkl")
with open(path, "wb") as f:
    pickle.dump(records, f)
    pickle.dump(("second", b"\x00\x01", frozenset({9})), f, protocol=2)
    pickle.dump(None, f, 0)
with open(path, "rb") as f:
    print(pickle.load(f) == records)
    print(pickle.load(f))
    print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", type(e).__name__)
    except pickle.UnpicklingError as e:
        print("UnpicklingError")
os.remove(path)
os.rmdir(folder)

buffer = io.BytesIO()
pickler = pickle.Pickler(buffer, 3)
pickler.dump([1, 2])
pickler.dump({"a": (1.25, -7)})
print(buffer.getvalue())
buffer.seek(0)
unpickler = pickle.Unpickler(buffer)
print(unpickler.load(), unpickler.load())


for protocol in [0, 4]:
    try:
        pickle.dumps([1, lambda: 0], protocol)
    except pickle.PicklingError:
        print("PicklingError", issubclass(pickle.PicklingError, pickle.PickleError))
    except Exception as e:
        print("other", type(e).__name__)

for data in [b"\x80\x04K", b"", b"\x80\x04\xff."]:
    try:
        print(pickle.loads(data))
    except pickle.UnpicklingError:
        print("UnpicklingError")
    except EOFError:
        print("EOFError")
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
