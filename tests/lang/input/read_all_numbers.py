import sys
data = sys.stdin.read().split()
nums = list(map(int, data))
print(len(nums), sum(nums), sorted(nums)[:3], sorted(nums)[-3:])
print(sum(x * x for x in nums) % 1000003)
