import difflib

# SequenceMatcher takes any sequences of hashable items, not only text.
old_ids = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
new_ids = [3, 1, 4, 5, 9, 2, 7, 6, 5, 3]
m = difflib.SequenceMatcher(None, old_ids, new_ids)
print(m.get_matching_blocks())
for tag, i1, i2, j1, j2 in m.get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}]={old_ids[i1:i2]} b[{j1}:{j2}]={new_ids[j1:j2]}")
print(round(m.ratio(), 6), m.find_longest_match(2, 9, 2, 9))

rows_a = [("alice", 30), ("bob", 25), ("carol", 41)]
rows_b = [("alice", 30), ("bob", 26), ("carol", 41), ("dave", 19)]
print(difflib.SequenceMatcher(None, rows_a, rows_b).get_opcodes())

tokens_a = "the cat sat on the mat".split()
tokens_b = "the cat lay on a mat".split()
m = difflib.SequenceMatcher(lambda w: w == "the", tokens_a, tokens_b)
print(sorted(m.bjunk), m.get_opcodes(), m.ratio())
print(m.b2j)

close = difflib.get_close_matches((1, 2, 3), [(1, 2, 4), (3, 2, 1), (1, 2, 3, 4), (9, 9)], n=2, cutoff=0.5)
print(close)
