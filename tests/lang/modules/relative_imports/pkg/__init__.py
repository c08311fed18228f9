from .a import hello
