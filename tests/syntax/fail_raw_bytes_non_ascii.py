x = rb"café"
