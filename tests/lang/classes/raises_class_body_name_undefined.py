# A name the class body binds but that neither the class namespace, the
# globals nor the builtins hold when it is read: NameError, as CPython words it.
class A:
    print("start")
    nowhere = nowhere + 1
