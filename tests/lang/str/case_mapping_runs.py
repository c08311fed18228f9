# lower/upper/casefold of strings mixing runs of ASCII (mapped eight bytes
# at a time) with non-ASCII characters at every offset around those runs,
# including mappings that change a character's UTF-8 size (ß, ı, ﬁ).
pieces = ["é", "Ü", "ß", "ı", "ﬁ", "Ω", "ǅ", "😀", "İ"]
for piece in pieces:
    for before in range(0, 18, 3):
        for after in (0, 1, 7, 8, 9):
            s = "AbCdEfGhIjKlMnOpQrSt"[:before] + piece + "xYz01 -_.QwErTyUi"[:after]
            print(repr(s.lower()), repr(s.upper()), repr(s.casefold()), len(s.lower()), len(s.upper()))
print("Hello, Wörld! THE QUICK BROWN FOX naïve café".lower())
print("Hello, Wörld! the quick brown fox naïve café".upper())
print("ΟΔΥΣΣΕΥΣ OF ITHACA, ΣΑΣ".lower())
print("straße STRASSE".casefold() == "STRASSE strasse".casefold())
