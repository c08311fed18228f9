"""ingot: a compiler for Python 3.11 programs, and a CUDA compute layer (ingot.gpu)."""
