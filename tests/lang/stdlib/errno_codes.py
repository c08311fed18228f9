# errno: the numbers, errorcode, and OSError.errno against them.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:8])
try:
    os.listdir('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
