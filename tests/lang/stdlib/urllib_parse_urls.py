# urllib.parse: splitting, unsplitting and joining URLs, the result tuples'
# properties, and urldefrag.
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag

for url in ['https://user:pw@Example.COM:8443/a/b;p?q=1&r=2#top', 'file:///etc/hosts', 'mailto:x@y.org',
            '//host/path', 'rel/path?x', 'http://[::1]:80/', 'http://[FE80::1%Eth0]/']:
    s = urlsplit(url)
    print(s)
    print(s.scheme, s.netloc, s.path, s.query, s.fragment, s.hostname, s.port, s.username, s.password)
    p = urlparse(url)
    print(p.params, p.geturl(), s.geturl() == urlunsplit(s), urlunparse(p))
    print(s._replace(scheme='ftp', query='').geturl())
    print(tuple(p), len(p), p[1])

for bad in ['http://h:99999/', 'http://h:x/']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError', e)

print(urlsplit('path', scheme='https'), urlsplit('a#b', allow_fragments=False).path)
print(urlunsplit(('http', 'h', 'p', 'q', '')), urlunparse(('s', 'h', '/p', 'x', '', 'f')))

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './', '..',
            '../', '../g', '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '..g', 'g/../h', 'https:g']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://a', 'b'), urljoin('', 'x'), urljoin('http://a/b/', ''), urljoin('mailto:a', 'b'))

d = urldefrag('http://h/p?q#frag')
print(d, d.url, d.fragment, d.geturl(), urldefrag('http://h/p'))

import urllib.parse

print(urllib.parse.quote('a b&c'), urllib.parse.urlsplit('http://x/y?z').query, urllib.parse.uses_netloc[:3])
