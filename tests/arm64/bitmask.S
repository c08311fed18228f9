// Logical immediates: every element size (2 to 64 bits), rotations at both
// ends, 32- and 64-bit forms, and the flags of ANDS and TST.
    .text
    .global run_test
run_test:
    mov     x9, x0
    movz    x2, #0x1234
    movk    x2, #0xfedc, lsl #16
    movk    x2, #0x8765, lsl #32
    movk    x2, #0xa5a5, lsl #48
    .irp imm, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x3333333333333333, 0xcccccccccccccccc, 0x1111111111111111, 0x7777777777777777, 0x0f0f0f0f0f0f0f0f, 0xf0f0f0f0f0f0f0f0, 0x00ff00ff00ff00ff, 0x8080808080808080, 0x0001000100010001, 0x7fff7fff7fff7fff, 0x00000000ffffffff, 0xffffffff00000000, 0x8000000000000000, 0x0000000000000001, 0x7fffffffffffffff, 0xfffffffffffffffe, 0x00000000000ff000, 0xc000000000000003, 0x8000000000000001, 0x0000ffffffff0000, 0x3ffffffffffffffc, 0xe00000000000001f, 0x0101010101010101
    orr     x1, xzr, #\imm
    and     x3, x2, #\imm
    eor     x4, x2, #\imm
    orr     x5, x2, #\imm
    ands    x6, x2, #\imm
    cset    x7, eq
    cset    x8, mi
    stp     x1, x3, [x0], #16
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    str     x8, [x0], #8
    .endr
    .irp imm, 0x55555555, 0xaaaaaaaa, 0x0f0f0f0f, 0x00ff00ff, 0x80000000, 0x00000001, 0x7fffffff, 0xfffffffe, 0xc0000003, 0x0001fffe, 0x01010101
    orr     w1, wzr, #\imm
    and     w3, w2, #\imm
    eor     w4, w2, #\imm
    ands    w6, w2, #\imm
    cset    w7, eq
    cset    w8, mi
    stp     x1, x3, [x0], #16
    stp     x4, x6, [x0], #16
    stp     x7, x8, [x0], #16
    .endr
    // sp as the destination of a logical immediate
    mov     x10, sp
    mov     x11, #0x7ffff0
    and     sp, x11, #0xfffffffffffffff0
    mov     x12, sp
    mov     sp, x10
    str     x12, [x0], #8
    tst     x2, #0x8000000000000000
    cset    x1, ne
    str     x1, [x0], #8
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret
