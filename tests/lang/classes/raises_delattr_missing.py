class Box:
    def __init__(self):
        self.content = 1


b = Box()
setattr(b, 'label' + '1', 'x')
delattr(b, 'label1')
print(vars(b))
delattr(b, 'label' + '1')
