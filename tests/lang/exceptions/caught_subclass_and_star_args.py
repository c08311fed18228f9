class AppError(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code

    def describe(self):
        return type(self).__name__ + '[' + str(self.code) + ']: ' + str(self)


class NotFound(AppError, KeyError):
    pass


for make in (lambda: AppError('app', code=1), lambda: NotFound('k', code=404)):
    try:
        raise make()
    except AppError as e:
        print(e.describe(), e.code, e.args, isinstance(e, KeyError), isinstance(e, ValueError))
