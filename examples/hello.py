def greet(name):
    return f"Hello, {name}!"


if __name__ == "__main__":
    for who in ["world", "ingot"]:
        print(greet(who))
