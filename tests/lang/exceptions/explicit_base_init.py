# Exception classes with extra fields calling the base's __init__
# explicitly (Exception.__init__(self, ...)) or through super().


class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, "missing " + key, 404)
        self.key = key


class Bad(ValueError):
    def __init__(self, value, *extra):
        ValueError.__init__(self, "bad value", value, *extra)
        self.value = value


class Wrapped(RuntimeError):
    def __init__(self, inner):
        super().__init__(f"wrapped: {inner}")
        self.inner = inner


for make in [lambda: AppError("boom", 1), lambda: NotFound("k"), lambda: Bad(3, 4, 5), lambda: Wrapped(KeyError("z"))]:
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, str(e), e.args, getattr(e, "code", None))
try:
    raise NotFound("q")
except AppError as e:
    print(e.code, e.key, repr(e))
