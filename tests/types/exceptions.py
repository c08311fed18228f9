class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error")
        self.code = code

def risky(n):
    if n > 2:
        raise AppError(n)
    if n < 0:
        raise ValueError("negative")
    return n

try:
    risky(5)
except AppError as e:
    code = e.code
    print(code)
try:
    risky(-1)
except (ValueError, KeyError) as e2:
    message = str(e2)
    details = e2.args
    print(message, details)
finally:
    done = True
print(done)
