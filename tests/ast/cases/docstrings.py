"""Module docstring."""


def f():
    """Function docstring."""
    'single-quoted statement string'


class A:
    r"""Raw class docstring \n."""
    b"bytes expression statement"
    f"f-string statement {1}"
