# -*- coding: utf-8 -*-
f("éé" for x in y, 1)
