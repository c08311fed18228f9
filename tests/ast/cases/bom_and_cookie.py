# -*- coding: utf-8 -*-
x = "€"; y = 2
