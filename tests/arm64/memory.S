// Every load and store addressing mode: unsigned offset, unscaled and
// misaligned, pre- and post-index, register offset (LSL, UXTW, SXTW with
// a negative index), the sign-extending loads into W and X, LDP/STP/LDPSW,
// literal loads, MOVZ/MOVK/MOVN, ADR and ADRP.
    .text
    .global run_test
run_test:
    mov     x9, x0
    adr     x10, area
    ldr     x2, =0xf1e2d3c4b5a69788
    str     x2, [x10]
    str     x2, [x10, #8]
    ldrb    w3, [x10]
    ldrb    w4, [x10, #7]
    ldrsb   w5, [x10, #7]
    ldrsb   x6, [x10, #7]
    ldrh    w7, [x10, #6]
    ldrsh   w8, [x10, #6]
    ldrsh   x11, [x10, #6]
    ldrsw   x12, [x10, #4]
    stp     x3, x4, [x0], #16
    stp     x5, x6, [x0], #16
    stp     x7, x8, [x0], #16
    stp     x11, x12, [x0], #16
    // misaligned
    ldur    x3, [x10, #3]
    ldur    w4, [x10, #5]
    ldurh   w5, [x10, #1]
    ldursw  x6, [x10, #9]
    stur    x2, [x10, #17]
    ldr     x7, [x10, #16]
    ldr     x8, [x10, #24]
    sturh   w2, [x10, #31]
    ldr     x11, [x10, #24]
    ldr     x12, [x10, #32]
    stp     x3, x4, [x0], #16
    stp     x5, x6, [x0], #16
    stp     x7, x8, [x0], #16
    stp     x11, x12, [x0], #16
    // pre- and post-index
    add     x13, x10, #64
    str     x2, [x13, #-8]!
    strb    w2, [x13, #-1]!
    strh    w2, [x13], #6
    str     w2, [x13, #4]!
    sub     x3, x13, x10
    ldr     x4, [x10, #48]
    ldr     x5, [x10, #56]
    ldrsh   x6, [x13, #-6]!
    ldrsb   w7, [x13], #-1
    sub     x8, x13, x10
    stp     x3, x4, [x0], #16
    stp     x5, x6, [x0], #16
    stp     x7, x8, [x0], #16
    // register offsets
    mov     x3, #3
    mov     w4, #-2
    str     x2, [x10, x3, lsl #3]
    ldr     w5, [x10, x3, lsl #2]
    add     x14, x10, #80
    ldrsb   x6, [x14, w4, sxtw]
    ldrh    w7, [x14, w4, sxtw #1]
    mov     w8, #4
    ldr     x11, [x10, w8, uxtw #3]
    ldrb    w12, [x10, x3]
    stp     x5, x6, [x0], #16
    stp     x7, x11, [x0], #16
    str     x12, [x0], #8
    // pairs
    ldr     x3, =0x0123456789abcdef
    add     x14, x10, #128
    stp     x2, x3, [x14]
    stp     w2, w3, [x14, #16]
    stp     x3, x2, [x14, #32]!
    ldp     x4, x5, [x14, #-32]
    ldp     w6, w7, [x14, #-16]
    ldpsw   x8, x11, [x14, #-16]
    ldp     x12, x13, [x14], #-32
    sub     x15, x14, x10
    stp     x4, x5, [x0], #16
    stp     x6, x7, [x0], #16
    stp     x8, x11, [x0], #16
    stp     x12, x13, [x0], #16
    str     x15, [x0], #8
    stp     x29, x30, [sp, #-32]!
    mov     x29, sp
    stp     x2, x3, [sp, #16]
    ldp     x4, x5, [x29, #16]
    ldp     x29, x30, [sp], #32
    stp     x4, x5, [x0], #16
    // literals and wide moves
    ldr     x3, literal64
    ldr     w4, literal32
    ldrsw   x5, literal32
    movz    x6, #0xbeef, lsl #48
    movn    x7, #0x1234, lsl #16
    movn    w8, #0x1234, lsl #16
    movk    w8, #0x5678
    mov     x11, #-1
    movk    x11, #0, lsl #32
    stp     x3, x4, [x0], #16
    stp     x5, x6, [x0], #16
    stp     x7, x8, [x0], #16
    str     x11, [x0], #8
    adr     x3, run_test
    adr     x4, literal64
    sub     x3, x4, x3
    adrp    x5, area
    and     x6, x10, #0xfffffffffffff000
    sub     x5, x5, x6
    stp     x3, x5, [x0], #16
    // stores of the zero register
    str     xzr, [x10]
    strb    wzr, [x10, #8]
    ldr     x3, [x10]
    ldr     x4, [x10, #8]
    stp     x3, x4, [x0], #16
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret
    .align 3
literal64:
    .quad   0x8899aabbccddeeff
literal32:
    .word   0x80000001
    .ltorg

    .data
    .align 4
area:
    .space  256
