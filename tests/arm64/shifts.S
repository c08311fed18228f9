// Shifts and bitfield moves at their edges: amounts 0, 1, 31, 32, 63;
// variable shifts by amounts past the width (taken modulo it); the UBFM,
// SBFM and BFM aliases; EXTR and ROR; extending adds.
    .text
    .global run_test
run_test:
    mov     x9, x0
    movz    x2, #0x8765
    movk    x2, #0x4321, lsl #16
    movk    x2, #0xfedc, lsl #32
    movk    x2, #0xba98, lsl #48
    movz    x3, #0x1357
    movk    x3, #0x7531, lsl #16
    movk    x3, #0x2468, lsl #32
    movk    x3, #0x0246, lsl #48
    .irp amount, 0, 1, 7, 31, 32, 33, 63
    lsl     x4, x2, #\amount
    lsr     x5, x2, #\amount
    asr     x6, x2, #\amount
    ror     x7, x2, #\amount
    add     x8, x3, x2, lsl #\amount
    sub     x10, x3, x2, asr #\amount
    eor     x11, x3, x2, ror #\amount
    bic     x12, x3, x2, lsr #\amount
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    .endr
    .irp amount, 0, 1, 15, 31
    lsl     w4, w2, #\amount
    lsr     w5, w2, #\amount
    asr     w6, w2, #\amount
    ror     w7, w2, #\amount
    add     w8, w3, w2, lsl #\amount
    orn     w10, w3, w2, asr #\amount
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    .endr
    .irp amount, 0, 1, 31, 32, 63, 64, 65, 127, -1
    mov     x13, #\amount
    lslv    x4, x2, x13
    lsrv    x5, x2, x13
    asrv    x6, x2, x13
    rorv    x7, x2, x13
    lslv    w8, w2, w13
    lsrv    w10, w2, w13
    asrv    w11, w2, w13
    rorv    w12, w2, w13
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    .endr
    // bitfield moves
    ubfx    x4, x2, #0, #64
    ubfx    x5, x2, #63, #1
    sbfx    x6, x2, #60, #4
    sbfx    x7, x2, #0, #1
    ubfiz   x8, x2, #63, #1
    sbfiz   x10, x2, #8, #12
    sbfiz   x11, x2, #0, #64
    ubfx    w12, w2, #31, #1
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    mov     x4, x3
    bfi     x4, x2, #0, #64
    mov     x5, x3
    bfi     x5, x2, #60, #4
    mov     x6, x3
    bfxil   x6, x2, #13, #29
    mov     x7, x3
    bfxil   w7, w2, #31, #1
    mov     x8, x3
    bfi     w8, w2, #4, #12
    sxtb    x10, w2
    sxth    x11, w2
    sxtw    x12, w2
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    uxtb    w4, w2
    uxth    w5, w2
    sxtb    w6, w2
    sxth    w7, w2
    extr    x8, x2, x3, #0
    extr    x10, x2, x3, #1
    extr    x11, x2, x3, #63
    extr    w12, w2, w3, #17
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    // extended register operands, with sp as the base
    mov     x14, sp
    add     x4, x3, w2, uxtb
    add     x5, x3, w2, sxth #2
    sub     x6, x3, w2, sxtw #4
    add     x7, x3, x2, uxtx #3
    adds    w8, w3, w2, uxth #1
    cset    w13, cs
    add     x10, sp, w2, uxtw
    sub     x10, x10, x14
    sub     x11, sp, #16
    sub     x11, x14, x11
    cmp     x2, w3, sxtw
    cset    x12, lt
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    str     x13, [x0], #8
    // RBIT, REV, CLZ, CLS
    rbit    x4, x2
    rbit    w5, w2
    rev     x6, x2
    rev     w7, w2
    rev16   x8, x2
    rev32   x10, x2
    clz     x11, x3
    cls     x12, x2
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x10, [x0], #16
    stp     x11, x12, [x0], #16
    clz     w4, wzr
    cls     w5, wzr
    clz     x6, xzr
    mvn     x7, xzr
    cls     x7, x7
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret
