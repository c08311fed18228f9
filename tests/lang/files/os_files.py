# Files and folders through os: made, listed, renamed, removed.
import os
os.mkdir('top')
os.makedirs('top/a/b')
os.makedirs('top/a/b', exist_ok=True)
for name in ['one.txt', 'two.txt']:
    with open(os.path.join('top', name), 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir('top')), os.listdir('top/a'))
print(os.path.isdir('top/a'), os.path.isfile('top/a'), os.path.isfile('top/one.txt'), os.path.exists('top/none'))
print(os.path.getsize('top/one.txt'), os.path.basename(os.getcwd()) != '')
os.rename('top/one.txt', 'top/a/moved.txt')
print(sorted(os.listdir('top')), os.listdir('top/a/b'), sorted(os.listdir('top/a')))
os.remove('top/a/moved.txt')
os.unlink('top/two.txt')
os.rmdir('top/a/b')
print(sorted(os.listdir('top')), sorted(os.listdir('.')))
for attempt in ['mkdir', 'makedirs', 'remove', 'rmdir', 'rename', 'listdir', 'getsize']:
    try:
        if attempt == 'mkdir':
            os.mkdir('top')
        elif attempt == 'makedirs':
            os.makedirs('top/a')
        elif attempt == 'remove':
            os.remove('missing.txt')
        elif attempt == 'rmdir':
            os.rmdir('top')
        elif attempt == 'rename':
            os.rename('missing.txt', 'other.txt')
        elif attempt == 'listdir':
            os.listdir('missing')
        else:
            os.path.getsize('missing')
    except OSError as e:
        print(attempt, type(e).__name__, e.errno, e)
print('PATH' in os.environ, os.environ.get('INGOT_NO_SUCH_VARIABLE'), os.getenv('INGOT_NO_SUCH_VARIABLE', 'fallback'))
print(os.environ['HOME'] == os.getenv('HOME'), len(os.urandom(16)), os.getpid() > 0)
