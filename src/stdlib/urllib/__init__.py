"""urllib: only its `parse` submodule is written (src/stdlib/urllib/parse.py)."""
