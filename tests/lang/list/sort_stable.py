people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
