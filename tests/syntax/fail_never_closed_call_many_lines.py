print(1,
      2,
      3,

x = 4
y = 5
