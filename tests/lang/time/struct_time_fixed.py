import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.gmtime(86400 * 365).tm_year, tuple(time.gmtime(1234567890))[:6])
print(time.strftime('%a %b %d %j', time.gmtime(951782400)))
