#!/usr/bin/env python3
# vim: set fileencoding=koi8-r :
тест = "привет"
