def show(flag):
    if flag:
        print(undefined_thing)
    print('flag', flag)
show(False)
show(True)
