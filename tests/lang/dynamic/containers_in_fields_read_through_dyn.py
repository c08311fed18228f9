# A list, dict or set held in a field and changed through a dyn value
# (here the current section, found by a name built at run time) is the
# field's own object: code that reads the field typed sees what was added.


class Section:
    registry = []

    def __init__(self, parent, title):
        self.parent = parent
        self.title = title
        self.items = []
        self.counts = {}
        self.tags = set()

    def render(self, depth=0):
        lines = ["  " * depth + self.title]
        for item in self.items:
            if isinstance(item, Section):
                lines.extend(item.render(depth + 1))
            else:
                lines.append("  " * (depth + 1) + str(item))
        return lines

    def summary(self):
        return "".join([str(len(str(item))) for item in self.items]), sorted(self.counts.items()), sorted(self.tags)


class Doc:
    def __init__(self):
        self.root = Section(None, "doc")
        self.current = getattr(self, "ro" + "ot")

    def start(self, title):
        section = Section(self.current, title)
        self.current.items.append(section)
        self.current.registry.append(title)
        self.current = section

    def end(self):
        self.current = self.current.parent

    def add(self, text):
        self.current.items.append(text)
        self.current.counts[text] = self.current.counts.get(text, 0) + 1
        self.current.tags.add(type(text).__name__)


doc = Doc()
doc.add("intro")
doc.start("part one")
doc.add("alpha")
doc.add(42)
doc.start("nested")
doc.add("deep")
doc.end()
doc.end()
doc.add("outro")
print("\n".join(doc.root.render()))
print(doc.root.summary())
print(Section.registry)
