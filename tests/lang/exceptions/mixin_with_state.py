# Exception classes with a mixin that holds state, and mixins ahead of the
# exception base.
class CodeMixin:
    def __init__(self, *args, code=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.code = code

    def describe(self):
        return type(self).__name__ + '[' + str(self.code) + ']: ' + str(self)


class AppError(CodeMixin, Exception):
    pass


class NotFound(AppError, KeyError):
    pass


class Invalid(AppError, ValueError):
    def __init__(self, field, **kwargs):
        super().__init__('bad ' + field, **kwargs)
        self.field = field


for make in (lambda: AppError('app', code=1), lambda: NotFound('k', code=404), lambda: Invalid('age', code=22)):
    try:
        raise make()
    except AppError as e:
        print(e.describe(), e.code, e.args, isinstance(e, KeyError), isinstance(e, ValueError))
try:
    raise Invalid('name')
except ValueError as e:
    print(type(e).__name__, e.field, e.code, e.describe())
