// Multiplies and divides: MADD MSUB MUL MNEG SMULH UMULH SMULL UMULL
// SMADDL UMSUBL, and UDIV/SDIV at their edges (by zero: 0; INT_MIN / -1:
// INT_MIN), at 32 and 64 bits.
    .text
    .global run_test
run_test:
    mov     x9, x0
    .irp a, 0, 1, -1, 7, 0x7fffffffffffffff, 0x8000000000000000, 0xfedcba9876543210, 0x80000000, 0x7fffffff
    .irp b, 0, 1, -1, 3, -3, 0x8000000000000000, 0x123456789, 0x80000000
    ldr     x2, =\a
    ldr     x3, =\b
    mul     x4, x2, x3
    smulh   x5, x2, x3
    umulh   x6, x2, x3
    madd    x7, x2, x3, x2
    msub    x8, x2, x3, x3
    smull   x10, w2, w3
    umull   x11, w2, w3
    mneg    w12, w2, w3
    smaddl  x13, w2, w3, x3
    umsubl  x14, w2, w3, x2
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    stp     x13, x14, [x0], #16
    udiv    x4, x2, x3
    sdiv    x5, x2, x3
    udiv    w6, w2, w3
    sdiv    w7, w2, w3
    msub    x8, x4, x3, x2          // unsigned remainder
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    str     x8, [x0], #8
    .endr
    .endr
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret
    .ltorg
