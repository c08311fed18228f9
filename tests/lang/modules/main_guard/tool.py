def helper():
    return 'helper result'
print('tool imported as', __name__)
if __name__ == '__main__':
    print('tool main block: must not run on import')
