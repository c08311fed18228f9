"""secrets: random numbers and tokens for security, from the operating
system's source (os.urandom), written from the library reference."""

import base64
import os
from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32  # bytes in a token when no size is given


class SystemRandom:
    """The random functions secrets needs, drawing from os.urandom."""

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        return int.from_bytes(os.urandom(size), 'big') >> (size * 8 - k)

    def _randbelow(self, n):
        """A uniform int in [0, n): whole draws of n's width, the too-large
        ones thrown away."""
        width = n.bit_length()
        drawn = self.getrandbits(width)
        while drawn >= n:
            drawn = self.getrandbits(width)
        return drawn

    def random(self):
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * 2.0 ** -53

    def randrange(self, start, stop=None):
        if stop is None:
            start, stop = 0, start
        if stop <= start:
            raise ValueError('empty range in randrange(%d, %d)' % (start, stop))
        return start + self._randbelow(stop - start)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]


_source = SystemRandom()


def choice(seq):
    """A random item of a non-empty sequence."""
    return _source.choice(seq)


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def randbits(k):
    """A random int of k bits."""
    return _source.getrandbits(k)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as 2 * nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe base64, without '=' padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
