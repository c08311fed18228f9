a = 1; b = 2; c = 3;
if a: b = 1; c = 2
import os; import sys
while False: pass; break
