x = b"abc\xzz"
