#!/usr/bin/env python3
# coding=nonsense
x = 1
