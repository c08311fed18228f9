café = 1
π = 3.14159
中文 = "chinese"
ｘ = 1  # FULLWIDTH LATIN SMALL LETTER X normalises to x
ﬁle = 2  # LATIN SMALL LIGATURE FI normalises to fi
ℌ = 3  # BLACK-LETTER CAPITAL H normalises to H
µ = 4  # MICRO SIGN normalises to GREEK SMALL LETTER MU
𝔘𝔫 = 5  # MATHEMATICAL FRAKTUR normalises to Un
obj.ａttr = ℌ + µ
def ƒ(à, *é, kéy=1, **ö): return à
class Çlass: pass
import été as éé
from mödule import näme as ß
print(x, fi, H, μ, Un, f"{ｘ}")
x́ = 1  # a combining accent composes under NFKC
