s = "ééé"; t = s + "€"; u = [s, t]
d = {"中": "😀", "k": f"{s}é{t!r}"}
if "é" in s: x = (1 +
  "é".count("é"))
# é in a comment
y = 1  # é
