# coding=utf-8
x = "é"; y = [x, "€"]
