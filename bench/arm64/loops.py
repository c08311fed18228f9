"""The benchmark's loops, as instruction words with their assembly beside
them (tests/arm64/test_bench_programs.py checks each word against
aarch64-linux-gnu-as)."""

import struct

PROGRAMS = {
    # The original's tight loop without stores: x0 iterations of 4 instructions.
    "loop": [
        (0x91000421, "add x1, x1, #1"),
        (0xCA010042, "eor x2, x2, x1"),
        (0xF1000400, "subs x0, x0, #1"),
        (0x54FFFFA1, "b.ne .-12"),
        (0xD4400000, "hlt #0"),
    ],
    # ... and with a store in each iteration.
    "loop_stores": [
        (0x91000421, "add x1, x1, #1"),
        (0xF90007E1, "str x1, [sp, #8]"),
        (0xF1000400, "subs x0, x0, #1"),
        (0x54FFFFA1, "b.ne .-12"),
        (0xD4400000, "hlt #0"),
    ],
    # A heavier mix: multiply, divide, load, and a data-dependent branch
    # (taken on odd x1 only), so that the cores of a warp part ways.
    "mix": [
        (0x91000421, "add x1, x1, #1"),
        (0x9B017C63, "mul x3, x3, x1"),
        (0x9AC00824, "udiv x4, x1, x0"),
        (0xF94007E5, "ldr x5, [sp, #8]"),
        (0x8B0500C6, "add x6, x6, x5"),
        (0x36000041, "tbz w1, #0, .+8"),
        (0xCA010042, "eor x2, x2, x1"),
        (0xF90007E6, "str x6, [sp, #8]"),
        (0xF1000400, "subs x0, x0, #1"),
        (0x54FFFEE1, "b.ne .-36"),
        (0xD4400000, "hlt #0"),
    ],
}


def code(name):
    return struct.pack(f"<{len(PROGRAMS[name])}I", *(word for word, _ in PROGRAMS[name]))
