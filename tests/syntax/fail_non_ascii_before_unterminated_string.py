s = "é" + "abc
