# A str subclass and an equal plain str are one dict key and one set
# member, either way round.


class Tag(str):
    pass


by_tag = {Tag("red"): 1, Tag("blue"): 2}
print(by_tag["red"], "blue" in by_tag, by_tag.get("green", 0), by_tag.pop("red"), len(by_tag))
by_str = {"red": 1, "blue": 2}
print(by_str[Tag("red")], Tag("blue") in by_str, by_str.get(Tag("green"), 0))
by_str[Tag("red")] = 10
print(by_str, type(list(by_str)[0]).__name__)
print(Tag("x") in {"x", "y"}, "y" in {Tag("y")}, Tag("a") == "a", "a" == Tag("a"), hash(Tag("a")) == hash("a"))
