# os.path's string functions, as posixpath computes them.
import os
import os.path
for p in ['a/b/c.txt', '/abs/dir/', 'name', '.hidden', 'x/.bashrc', 'archive.tar.gz', '/', '//two', 'a//b', '', 'dots...']:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p), os.path.isabs(p))
for p in ['a/./b/../c', '/../x', '../../y', 'a/b/', '///t', '.', '', 'a/..']:
    print(repr(p), os.path.normpath(p))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/root', 'c'), os.path.join('', 'x'))
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(os.path.abspath('sub/../file.txt') == os.path.join(os.getcwd(), 'file.txt'))
