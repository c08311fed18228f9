import helper
print(helper.check(1))
print(helper.check(5))
