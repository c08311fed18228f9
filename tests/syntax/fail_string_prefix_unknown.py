x = z"abc"
