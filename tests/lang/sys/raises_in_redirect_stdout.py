# An exception leaving a redirect_stdout block: the exit restores sys.stdout
# first, so the traceback and what follows the block go to the real streams.
import io
from contextlib import redirect_stdout

buf = io.StringIO()
print("before")
with redirect_stdout(buf):
    print("captured")
    {}["missing"]
