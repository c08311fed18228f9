"""urllib.parse: splitting URLs into parts and back (RFC 3986 with the
library's historical per-scheme rules), resolving relative references,
percent-encoding and query strings. Written from the library reference,
with CPython 3.11 as the black box the tests compare against.

Only str URLs are taken; the bytes forms (SplitResultBytes and friends)
are not written."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
           "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult"]

# The schemes each historical rule applies to, as the reference lists them.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git',
               'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip',
              'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews', 'file',
                 'prospero']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
scheme_chars = _LETTERS + _DIGITS + '+-.'
# WHATWG's "C0 control or space", stripped from the front of a URL; tabs
# and line breaks are removed wherever they are.
_LEADING_JUNK = ''.join(chr(n) for n in range(33))
_HEX = '0123456789abcdefABCDEF'


# -- the parts of an authority ('user:password@host:port') -------------------

def _credentials(netloc):
    """(username, password) of an authority; None for a part it lacks."""
    at = netloc.rfind('@')
    if at < 0:
        return None, None
    user, colon, password = netloc[:at].partition(':')
    return user, (password if colon else None)


def _host_and_port(netloc):
    """The host (brackets dropped) and the port text (None when empty)."""
    host = netloc[netloc.rfind('@') + 1:]
    before, bracket, inside = host.partition('[')
    if bracket:
        host, _, after = inside.partition(']')
        port = after.partition(':')[2]
    else:
        host, _, port = host.partition(':')
    return host, (port or None)


def _hostname(netloc):
    host = _host_and_port(netloc)[0]
    if not host:
        return None
    # An IPv6 zone ('%eth0') keeps its case; the address is lowered.
    address, percent, zone = host.partition('%')
    return address.lower() + percent + zone


def _port(netloc):
    text = _host_and_port(netloc)[1]
    if text is None:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"Port could not be cast to integer value as {text!r}")
    number = int(text)
    if number > 65535:
        raise ValueError("Port out of range 0-65535")
    return number


class _NetlocResultMixin:
    """The authority's pieces as properties, for the results that have a
    netloc (SplitResult and ParseResult)."""

    @property
    def username(self):
        return _credentials(self.netloc)[0]

    @property
    def password(self):
        return _credentials(self.netloc)[1]

    @property
    def hostname(self):
        return _hostname(self.netloc)

    @property
    def port(self):
        return _port(self.netloc)


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocResultMixin):
    """urlsplit's five parts, with the authority's pieces as properties."""

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocResultMixin):
    """urlparse's six parts (the path's ';params' apart)."""

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    """urldefrag's URL without its fragment, and the fragment."""

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


# -- checking a bracketed host ([IPv6] or [vFuture]) -------------------------

def _is_ipv4(text):
    pieces = text.split('.')
    if len(pieces) != 4:
        return False
    for piece in pieces:
        if not piece or len(piece) > 3 or not (piece.isascii() and piece.isdigit()):
            return False
        if len(piece) > 1 and piece[0] == '0' or int(piece) > 255:
            return False
    return True


def _is_ipv6(text):
    address, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    groups = address.split(':')
    if len(groups) < 3:
        return False
    width = 8
    if '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups.pop()
        width = 6
    if len(groups) > width + 1:
        return False
    gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        # '::' may open or close the address, taking its empty neighbour along.
        head = groups[:gaps[0]]
        tail = groups[gaps[0] + 1:]
        if head == ['']:
            head = []
        if tail == ['']:
            tail = []
        if len(head) + len(tail) >= width:
            return False
        groups = head + tail
    elif len(groups) != width:
        return False
    for group in groups:
        if not group or len(group) > 4 or not all(c in _HEX for c in group):
            return False
    return True


def _check_bracketed(host):
    if host.startswith('v'):
        dot = host.find('.')
        version = host[1:dot] if dot > 0 else ''
        if not version or not all(c in _HEX for c in version) or dot == len(host) - 1:
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


# -- splitting and joining ---------------------------------------------------

def _authority_end(url, start):
    """Where the authority beginning at `start` ends: at the first '/', '?' or '#'."""
    end = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if 0 <= found < end:
            end = found
    return end


def _clean(text):
    for c in '\t\r\n':
        text = text.replace(c, '')
    return text


def urlsplit(url, scheme='', allow_fragments=True):
    """scheme://netloc/path?query#fragment, as a SplitResult; `scheme` is
    the default for a URL that names none."""
    url = _clean(url.lstrip(_LEADING_JUNK))
    scheme = _clean(scheme.strip(_LEADING_JUNK))
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    netloc = ''
    if url.startswith('//'):
        end = _authority_end(url, 2)
        netloc = url[2:end]
        url = url[end:]
        opened = '[' in netloc
        if opened != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    fragment = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    """The path and its ';params' (after the last segment's first ';')."""
    semicolon = path.find(';', max(path.rfind('/'), 0))
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """urlsplit, with the last path segment's parameters taken apart."""
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment)


def urlunsplit(components):
    """The URL of five parts (any iterable of them); an empty part is left out."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and not url.startswith('//')):
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return url


def urlunparse(components):
    """The URL of urlparse's six parts."""
    scheme, netloc, path, params, query, fragment = components
    if params:
        path = path + ';' + params
    return urlunsplit((scheme, netloc, path, query, fragment))


def _merge_paths(base_path, path):
    """RFC 3986's merge and dot-segment removal, as the library does them
    (empty segments inside a relative merge are dropped)."""
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = base_path.split('/')
        if directory[-1]:
            directory.pop()
        pieces = directory + path.split('/')
        segments = pieces[:1] + [s for s in pieces[1:-1] if s] + pieces[-1:] if len(pieces) > 1 else pieces
    out = []
    for segment in segments:
        if segment == '..':
            if out:
                out.pop()
        elif segment != '.':
            out.append(segment)
    if segments[-1] == '.' or segments[-1] == '..':
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """The absolute URL `url` refers to, read relative to `base`."""
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query = r.scheme, r.netloc, r.path, r.params, r.query
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, r.fragment))
        netloc = b.netloc
    if not path and not params:
        return urlunparse((scheme, netloc, b.path, b.params, query or b.query, r.fragment))
    return urlunparse((scheme, netloc, _merge_paths(b.path, path), params, query, r.fragment))


def urldefrag(url):
    """The URL without its fragment, and the fragment, as a DefragResult."""
    if '#' not in url:
        return DefragResult(url, '')
    p = urlparse(url)
    return DefragResult(urlunparse((p.scheme, p.netloc, p.path, p.params, p.query, '')), p.fragment)


def unwrap(url):
    """'<URL:scheme://host/path>' as 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# -- percent-encoding --------------------------------------------------------

_UNRESERVED = frozenset((_LETTERS + _DIGITS + '_.-~').encode('ascii'))


def quote_from_bytes(bs, safe='/'):
    """Bytes as ASCII text, each byte outside the unreserved set and `safe`
    written '%XX'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if isinstance(safe, str):
        kept = set(safe.encode('ascii', 'ignore'))
    else:
        kept = set(c for c in safe if c < 128)
    kept |= _UNRESERVED
    out = []
    for byte in bs:
        out.append(chr(byte) if byte in kept else '%%%02X' % byte)
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes a str (encoded first, UTF-8 by default) or bytes for
    a URL; characters in `safe` and letters, digits and '_.-~' are kept."""
    if isinstance(string, str):
        if not string:
            return string
        data = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        data = string
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for an HTML form value: spaces become '+'."""
    if isinstance(string, str):
        spaced = ' ' in string
    else:
        spaced = 32 in string
    if not spaced:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe = safe + ' '
    else:
        safe = bytes(safe) + b' '
    return quote(string, safe, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """The bytes of a percent-encoded str (UTF-8 for its other characters)
    or bytes; a '%' not followed by two hex digits stays as it is."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = bytes(string).split(b'%')
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX_BYTES and piece[1] in _HEX_BYTES:
            out.append(int(chr(piece[0]) + chr(piece[1]), 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


_HEX_BYTES = frozenset(_HEX.encode('ascii'))


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces '%XX' escapes by the characters they encode. Runs of ASCII
    are decoded one at a time: a non-ASCII character splits a sequence."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        while end < n and string[end].isascii():
            end += 1
        if end > start:
            out.append(unquote_to_bytes(string[start:end]).decode(encoding, errors))
        start = end
        while end < n and not string[end].isascii():
            end += 1
        out.append(string[start:end])
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for an HTML form value: '+' is a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# -- query strings -----------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, in order, decoded."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """A query string as a dict of each name's list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields,
                                 separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def _encode_item(item, safe, encoding, errors, quote_via):
    if isinstance(item, bytes):
        return quote_via(item, safe)
    return quote_via(str(item), safe, encoding, errors)


def _sequence_of_pairs(query):
    """The pairs of a sized iterable whose first item is a tuple (or of an
    empty one). (CPython indexes the first item; iterating to it takes the
    same one from a sequence, and compiles for a str too.)"""
    try:
        if not len(query):
            return []
    except TypeError:
        raise TypeError("not a valid non-string sequence or mapping object") from None
    for first in query:
        if not isinstance(first, tuple):
            raise TypeError("not a valid non-string sequence or mapping object")
        break
    return list(query)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'name=value&...', each side quoted
    by `quote_via`; with `doseq`, a sequence value gives a pair per item."""
    if isinstance(query, dict):
        pairs = list(query.items())
    elif hasattr(query, 'items'):
        pairs = list(query.items())  # a mapping of another class
    else:
        pairs = _sequence_of_pairs(query)
    fields = []
    for name, value in pairs:
        key = _encode_item(name, safe, encoding, errors, quote_via) + '='
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + _encode_item(value, safe, encoding, errors, quote_via))
            continue
        try:
            len(value)  # a sized value gives a pair per item; anything else one pair
        except TypeError:
            fields.append(key + _encode_item(value, safe, encoding, errors, quote_via))
            continue
        for item in value:
            fields.append(key + _encode_item(item, safe, encoding, errors, quote_via))
    return '&'.join(fields)
