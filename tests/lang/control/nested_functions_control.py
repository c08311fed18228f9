def classify_all(values):
    def classify(v):
        if isinstance(v, bool):
            return 'bool'
        elif isinstance(v, int):
            return 'small' if abs(v) < 10 else 'big'
        elif isinstance(v, str):
            return 'empty' if not v else 'text'
        return 'other'
    out = {}
    for v in values:
        out.setdefault(classify(v), []).append(v)
    return out
print(classify_all([1, 50, 'a', '', True, None, -3, 2.5]))
