# Building a palette: hues spread around the HSV and HLS circles, converted
# to RGB hex codes and back, and a YIQ brightness sort.
import colorsys


def hex_code(rgb):
    return "#" + "".join("%02x" % round(c * 255) for c in rgb)


palette = [colorsys.hsv_to_rgb(i / 12, 0.8, 0.9) for i in range(12)]
for rgb in palette:
    h, s, v = colorsys.rgb_to_hsv(*rgb)
    print(hex_code(rgb), round(h, 6), round(s, 6), round(v, 6))

for rgb in [(1.0, 0.0, 0.0), (0.2, 0.4, 0.6), (0.5, 0.5, 0.5), (0.9, 0.95, 0.1), (0.0, 0.0, 0.0)]:
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hls, colorsys.hls_to_rgb(*hls), yiq, colorsys.yiq_to_rgb(*yiq))

lighter = [colorsys.hls_to_rgb(0.6, l / 10, 0.5) for l in range(11)]
print([hex_code(c) for c in lighter])
by_brightness = sorted(palette, key=lambda rgb: colorsys.rgb_to_yiq(*rgb)[0])
print([hex_code(c) for c in by_brightness])
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5), colorsys.yiq_to_rgb(1.0, 1.0, 1.0))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.hls_to_rgb(0.25, 0.75, 0), colorsys.rgb_to_hls(0.6, 0.6, 0.9))
