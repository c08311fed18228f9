"""src/stdlib/urllib/parse.py against CPython's urllib.parse: splitting and
unsplitting many URLs (odd schemes, IPv6 hosts, ports, credentials,
control characters), RFC 3986's resolution examples and more for urljoin,
percent-encoding both ways and query strings."""
import itertools
import random
import urllib.parse

from differential import finish, load, same

ours = load('urllib/parse')

URLS = [
    'http://www.python.org/', 'http://www.python.org/a/b;p?q=1#frag', 'https://user:pw@Host.Example.COM:8080/p',
    'ftp://ftp.example.com/pub/file.txt', 'file:///etc/passwd', 'file:/etc/passwd', 'mailto:someone@example.com',
    'news:comp.lang.python', 'tel:+1-816-555-1212', 'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    '//www.cwi.nl:80/%7Eguido/Python.html', 'www.cwi.nl/%7Eguido/Python.html', 'help/Python.html', '',
    'path;params?query#frag', '#only-fragment', '?only=query', 'http://[::1]:80/', 'http://[::1]/',
    'http://[fe80::1%25eth0]/x', 'http://[FE80::ABCD%Eth0]:1/', 'http://[v1.fe]/', 'http://[vx.fe]/',
    'http://[v1.]/', 'http://[1.2.3.4]/', 'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/',
    'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[::]/', 'http://[:1]/', 'http://[1:]/',
    'http://[12345::]/', 'http://[g::]/', 'http://[::1.2.3]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
    'http://[1:2:3:4:5:6:7:1.2.3.4]/', 'http://[1::%]/', 'http://[::1', 'http://::1]/', 'http://a]b[/',
    'http://host:/', 'http://host:0/', 'http://host:65535/', 'http://host:65536/', 'http://host:abc/',
    'http://host:-1/', 'http://host:१२/', 'http://host: 80/', 'http://@host', 'http://user@/', 'http://:pw@h',
    'http://u:p:q@h@i:9/', 'HTTP://EXAMPLE.com/A', 'Http+Svn-x.1://host/x', '1http://x/', 'ht%tp://x/',
    'h:', ':', ':x', 'a:b:c', '  \x00\x1f http://x/\tpa\nth\r?q#f ', 'http://x/ ', 'javascript:alert(1)',
    'svn+ssh://h/r', 'sip:alice@atlanta.com;transport=tcp', 'http://h/p;a;b/c;d;e?x#y#z', 'http://h?a#b?c',
    'http://h#a?b', 'http:/relative/path', 'http:relative', 'http://h/%zz;%;', 'é://x', 'http://ü.example/ü',
    'http://h/path?q=a;b', 'git+ssh://git@github.com/x/y.git', 'data:text/plain,hi', 'ws://h:80/s',
]


def split_case(m, url):
    r = m.urlsplit(url)
    return tuple(r), r.geturl(), r.hostname, r.username, r.password, repr(r), r._replace(path='/z').geturl()


def parse_case(m, url):
    r = m.urlparse(url)
    return tuple(r), r.geturl(), r.hostname, r.username, r.password, m.urlunparse(r), m.urldefrag(url)


def port_case(m, url):
    return m.urlsplit(url).port, m.urlparse(url).port


for url in URLS:
    same(split_case, urllib.parse, ours, url)
    same(parse_case, urllib.parse, ours, url)
    same(port_case, urllib.parse, ours, url)
    same(lambda m, u: tuple(m.urlsplit(u, 'https', False)), urllib.parse, ours, url)
    same(lambda m, u: m.urlunsplit(m.urlsplit(u)), urllib.parse, ours, url)
    same(lambda m, u: tuple(m.urldefrag(u)) + (m.urldefrag(u).geturl(),), urllib.parse, ours, url)

PARTS = [('', '', '', '', ''), ('http', '', 'p', '', ''), ('http', '', '//p', '', ''), ('', 'h', 'p', 'q', 'f'),
         ('mailto', '', 'x@y', '', ''), ('file', '', '/etc', '', ''), ('x', '', '', '', 'f'), ('', '', '//a', '', ''),
         ('http', 'h', '', '', ''), ('telnet', '', 'x', '', '')]
for parts in PARTS:
    same(lambda m, p: m.urlunsplit(p), urllib.parse, ours, parts)
    same(lambda m, p: m.urlunparse(p[:3] + ('pa',) + p[3:]), urllib.parse, ours, parts)

# RFC 3986 section 5.4's examples, then more bases and references.
BASES = ['http://a/b/c/d;p?q', 'http://a/b/c/d;p?q#f', 'http://a', 'http://a/', 'http://a/b/', 'http://a/b/c/',
         'http://a/b/c/../d', 'https://a/b//c/d', 'file:///tmp/x', 'ftp://u@h/a/b', 'mailto:x@y', 'svn://h/a/b',
         '/a/b/c', 'a/b', '', 'http:', 'http://a/b/c/d;p?q=1&r#s', 'tel:123', 'http://a/..', 'http://a/b/../../c']
REFS = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.',
        './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
        'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
        'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g', 'http://h2/x', '//h2', 'a//b', './/g',
        'g//', '/', '?', '#', 'mailto:z', 'ftp:x', 'svn:x', 'g/..', 'g/.', '../g/', 'x?', ';', 'ab;cd/ef']
for base, ref in itertools.product(BASES, REFS):
    same(lambda m, b, r: m.urljoin(b, r), urllib.parse, ours, base, ref)
    same(lambda m, b, r: m.urljoin(b, r, allow_fragments=False), urllib.parse, ours, base, ref)

TEXTS = ['', 'abc', 'a b', 'a+b', 'a/b?c=d&e#f', 'Ā ē ī ō ū', '日本語', '~user/._-', '100%', '\x00\x7f\x80',
         'emoji 😀', "!*'();:@&=+$,/?#[]", 'tab\tnl\n']
SAFES = ['/', '', ':/?', 'é/', b'/', b'\xff:']
for text, safe in itertools.product(TEXTS, SAFES):
    same(lambda m, t, s: m.quote(t, s), urllib.parse, ours, text, safe)
    same(lambda m, t, s: m.quote_plus(t, s), urllib.parse, ours, text, safe)
    same(lambda m, t, s: m.quote(t.encode('utf-8'), s), urllib.parse, ours, text, safe)
    same(lambda m, t, s: m.quote_plus(t.encode('utf-8'), s), urllib.parse, ours, text, safe)
for text in TEXTS:
    same(lambda m, t: m.quote(t, encoding='latin-1', errors='replace'), urllib.parse, ours, text)
    same(lambda m, t: m.quote(t, encoding='ascii'), urllib.parse, ours, text)
    same(lambda m, t: m.quote_from_bytes(t.encode('utf-8')), urllib.parse, ours, text)
same(lambda m: m.quote(b'x', encoding='utf-8'), urllib.parse, ours)
same(lambda m: m.quote(b'x', errors='strict'), urllib.parse, ours)
same(lambda m: m.quote_from_bytes('x'), urllib.parse, ours)

QUOTED = ['', 'abc', '%41%42', '%e6%97%a5%E6%9C%AC', '%', '%4', '%zz%41', '%%41', 'a+b%20c', '%C3', '%C3%A9',
          '%C3é%A9', 'é%41', '%ff%fe', '%+1', '% 1', '%0', '100%', '%E6%97', 'x%e6%97%a5y%2']
for text in QUOTED:
    same(lambda m, t: m.unquote(t), urllib.parse, ours, text)
    same(lambda m, t: m.unquote_plus(t), urllib.parse, ours, text)
    same(lambda m, t: m.unquote(t, 'latin-1'), urllib.parse, ours, text)
    same(lambda m, t: m.unquote(t, errors='strict'), urllib.parse, ours, text)
    same(lambda m, t: m.unquote_to_bytes(t), urllib.parse, ours, text)
    same(lambda m, t: m.unquote(t.encode('utf-8')), urllib.parse, ours, text)
    same(lambda m, t: m.unquote_to_bytes(t.encode('utf-8')), urllib.parse, ours, text)

QUERIES = ['', 'a=1', 'a=1&b=2&a=3', 'a=&b', 'a&&b=2', '&', '=', '=x', 'a=1=2', 'a+b=c+d', 'a%20b=%26%3D',
           'a=1;b=2', 'x=%E6%97%A5', 'k', 'k=v&', '&k=v', 'a=%zz', 'a=%ff']
for qs in QUERIES:
    for blank, strict in itertools.product([False, True], [False, True]):
        same(lambda m, q, b, s: m.parse_qsl(q, b, s), urllib.parse, ours, qs, blank, strict)
        same(lambda m, q, b, s: m.parse_qs(q, b, s), urllib.parse, ours, qs, blank, strict)
    same(lambda m, q: m.parse_qsl(q, separator=';'), urllib.parse, ours, qs)
    same(lambda m, q: m.parse_qs(q, max_num_fields=2), urllib.parse, ours, qs)
    same(lambda m, q: m.parse_qsl(q, encoding='latin-1'), urllib.parse, ours, qs)
same(lambda m: m.parse_qsl('a=1', separator=''), urllib.parse, ours)
same(lambda m: m.parse_qsl('a=1', separator=None), urllib.parse, ours)

ENCODE = [{}, {'a': 1, 'b': 'x y'}, [('a', 1), ('a', 2)], {'q': ['x', 'y'], 'n': 3, 'b': b'\xff b'},
          [('k', ('1', 2))], {'u': 'ü', 'e': '=&?/'}, (('t', None),), [], {'s': 'abc', 'e': ''},
          {b'bk': b'bv'}, {'l': []}, {'f': 1.5, 'bool': True}]
for query in ENCODE:
    for doseq in (False, True):
        same(lambda m, q, d: m.urlencode(q, d), urllib.parse, ours, query, doseq)
        same(lambda m, q, d: m.urlencode(q, d, safe='/=&'), urllib.parse, ours, query, doseq)
        same(lambda m, q, d: m.urlencode(q, d, quote_via=m.quote), urllib.parse, ours, query, doseq)
        same(lambda m, q, d: m.urlencode(q, d, encoding='latin-1'), urllib.parse, ours, query, doseq)
same(lambda m: m.urlencode('abc'), urllib.parse, ours)
same(lambda m: m.urlencode([1, 2]), urllib.parse, ours)
same(lambda m: m.urlencode(5), urllib.parse, ours)
same(lambda m: (m.uses_relative, m.uses_netloc, m.uses_params, m.non_hierarchical, m.uses_query,
                m.uses_fragment, m.scheme_chars), urllib.parse, ours)
same(lambda m: [m.unwrap(u) for u in ['<URL:http://a/>', ' <http://b> ', 'URL: x', 'plain']], urllib.parse, ours)

# Seeded random URLs and references put together from awkward pieces.
rng = random.Random(3)
PIECES = ['http:', 'HTTPS:', 'ftp:', 'x-y:', '//', '///', 'h', 'u@h', 'u:p@h:1', '[::1]', '/', '.', '..', 'a',
          ';p', '?', '?q=1', '#', '#f', '%2F', '%zz', ' ', '\t', 'é', ':', '@', '//h/', '../', './']
for _ in range(3000):
    url = ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 6)))
    ref = ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))
    same(lambda m, u: tuple(m.urlparse(u)), urllib.parse, ours, url)
    same(lambda m, u, r: m.urljoin(u, r), urllib.parse, ours, url, ref)
    same(lambda m, u: (m.quote(u), m.unquote(u), m.parse_qsl(u, True)), urllib.parse, ours, url)
finish('urllib.parse')
