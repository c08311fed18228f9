"""platform: what machine and interpreter a program runs on, Linux only.

ingot promises CPython 3.11's behaviour, so the interpreter is reported as
CPython of sys.version's release. The kernel's facts come from
/proc/sys/kernel, which holds what uname(2) returns; the C library's
version from the banner of the libc the process has mapped, where CPython
asks confstr(CS_GNU_LIBC_VERSION), which reads the same library.
"""
import sys
from collections import namedtuple

class uname_result(namedtuple('uname_result_base', ['system', 'node', 'release', 'version', 'machine'])):
    """Five fields in its repr, but six items: the processor comes last."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        return iter((self.system, self.node, self.release, self.version, self.machine, self.processor))

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(self)[key]


def _kernel(entry):
    try:
        with open('/proc/sys/kernel/' + entry) as f:
            return f.read().strip()
    except OSError:
        return ''


def system():
    return _kernel('ostype')


def node():
    return _kernel('hostname')


def release():
    return _kernel('osrelease')


def version():
    return _kernel('version')


def machine():
    return _kernel('arch')


def processor():
    # CPython asks `uname -p`, which Linux answers with "unknown": ''.
    return ''


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def architecture(executable=None, bits='', linkage=''):
    return ('64bit', 'ELF')


def python_implementation():
    return 'CPython'


def python_version():
    return sys.version.split()[0]


def python_version_tuple():
    return tuple(python_version().split('.'))


def _mapped_libc():
    """The path of the C library this process has mapped, or ''."""
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.split()[-1]
                if '/libc.so' in path or '/libc-' in path:
                    return path
    except OSError:
        pass
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    path = _mapped_libc()
    if not path:
        return (lib, version)
    with open(path, 'rb') as f:
        data = f.read()
    marker = b'release version '
    at = data.find(marker)
    if at < 0:
        return (lib, version)
    end = at + len(marker)
    while end < len(data) and data[end] in b'0123456789.':
        end += 1
    found = data[at + len(marker):end].decode('ascii').rstrip('.')
    return ('glibc', found) if found else (lib, version)


def platform(aliased=False, terse=False):
    """system-release-machine-with-libc, as CPython names a Linux machine
    (terse or not); characters a file name should not hold made '-' or '_'."""
    lib, lib_version = libc_ver()
    parts = [system(), release(), machine(), processor(), 'with', lib + lib_version]
    text = '-'.join(part.strip() for part in parts if part).replace(' ', '_').replace('/', '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')
