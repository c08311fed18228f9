class Packet:
    def __init__(self, link):
        self.link = link


def first(k):
    return 10000 if k else Packet(None)


p = first(0)
print(p.link)
q = first(1)
print(q.link)
