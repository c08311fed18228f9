squares = [i * i for i in range(20000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
evens = {i for i in range(0, 20000, 2)}
print(len(evens), 19998 in evens, 19999 in evens)
lookup = {str(i): i for i in range(5000)}
print(sum(lookup[str(i)] for i in range(0, 5000, 7)))
