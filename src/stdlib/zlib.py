"""zlib's checksums: crc32 and adler32, with zlib's results (the running
value as an unsigned 32-bit int, its start given as the second argument).

compress() and decompress() are not here: their output must be zlib's own,
bit for bit, which only zlib's deflate gives; a program calling them is
refused when it is compiled (the module has no such names).
"""


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    """The CRC-32 of data (bytes-like), continuing from `value`."""
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for byte in data:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data, value=1):
    """The Adler-32 checksum of data (bytes-like), continuing from `value`."""
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b % 65521) << 16 | a % 65521  # zlib reduces a start value of 65521 or more
