# Identifiers beyond ASCII, NFKC forms, and keywords.
café = 1
ñandú = 2
中文 = 3
ℌ = 4
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 5
ｆｕｌｌ = 6
_ = __ = _x_ = 8
match = case = type = 9
True, False, None, and_, or_
import os as _os
from . import x
global g; nonlocal_ = 1
async_ = await_ = 0
