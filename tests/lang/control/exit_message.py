import sys
def main():
    print('working')
    return 'fatal: configuration missing'
sys.exit(main())
