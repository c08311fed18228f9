with open('out.txt', 'w') as f:
    print(f.write('written'), f.writable(), f.readable())
    f.read()
