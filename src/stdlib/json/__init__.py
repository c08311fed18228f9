"""json: dumps/loads and dump/load, with CPython's output and errors.

The options CPython takes are all here except `cls` and the object_hook
family; encoder.py writes, decoder.py reads.
"""
from .decoder import Decoder, JSONDecodeError
from .encoder import Encoder

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
          separators=None, default=None, sort_keys=False):
    return Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                   sort_keys).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
         separators=None, default=None, sort_keys=False):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default, sort_keys=sort_keys))


def loads(s, *, strict=True):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    return Decoder(s, strict).document()


def load(fp, *, strict=True):
    return loads(fp.read(), strict=strict)
