# error: 2:7: this call of eval()
print(eval("1 + 2"))
