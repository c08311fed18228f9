import alpha
import beta
print(alpha.both(), beta.call_alpha())
