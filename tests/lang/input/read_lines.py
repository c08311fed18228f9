n = int(input())
nums = [int(input()) for _ in range(n)]
print('count', n, 'sum', sum(nums), 'max', max(nums))
name = input('prompt> ')
print('hello,', name.strip())
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print('remaining lines:', rest)
