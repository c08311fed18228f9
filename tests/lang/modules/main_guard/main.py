import tool
def main():
    print('main running', __name__)
    print(tool.helper())
if __name__ == "__main__":
    main()
else:
    print('not main?')
