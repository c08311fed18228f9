// Branches: CBZ/CBNZ and TBZ/TBNZ on 32- and 64-bit values and bits 0, 31,
// 32 and 63, B.cond over every condition, BR and BLR through registers,
// RET to another register, and a counted loop.
    .text
    .global run_test
run_test:
    mov     x9, x0
    str     x30, [sp, #-16]!
    ldr     x2, =0x8000000180000001
    mov     x1, #0
    .irp bit, 0, 1, 31, 32, 62, 63
    lsl     x1, x1, #2
    tbz     x2, #\bit, 1f
    orr     x1, x1, #1
1:  tbnz    x2, #\bit, 2f
    orr     x1, x1, #2
2:
    .endr
    mov     x3, #0
    mov     w4, #0
    movk    x4, #1, lsl #32         // zero as a W register, not as an X one
    cbz     x3, 3f
    orr     x1, x1, #0x10000
3:  cbz     w4, 4f
    orr     x1, x1, #0x20000
4:  cbnz    x4, 5f
    orr     x1, x1, #0x40000
5:  cbnz    w4, 6f
    orr     x1, x1, #0x80000
6:  str     x1, [x0], #8
    // every condition after a few comparisons
    .irp a, 1, 2, -1, 5
    mov     x1, #0
    mov     x5, #\a
    cmp     x5, #2
    .irp cond, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al
    lsl     x1, x1, #1
    b.\cond 7f
    b       8f
7:  orr     x1, x1, #1
8:
    .endr
    str     x1, [x0], #8
    .endr
    // through registers
    adr     x6, target_one
    blr     x6
    str     x7, [x0], #8
    adr     x6, 9f
    br      x6
    mov     x7, #99                 // skipped
9:  str     x7, [x0], #8
    adr     x6, 10f
    mov     x7, #0
    bl      return_through_x6
    mov     x7, #77                 // skipped too
10: str     x7, [x0], #8
    mov     x3, #1000
    mov     x4, #0
11: add     x4, x4, x3
    subs    x3, x3, #1
    b.ne    11b
    str     x4, [x0], #8
    ldr     x30, [sp], #16
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret

target_one:
    mov     x7, #42
    ret

return_through_x6:
    mov     x7, #55
    ret     x6
    .ltorg
