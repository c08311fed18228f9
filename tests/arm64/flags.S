// NZCV after ADDS, SUBS, ADCS, SBCS, CMN, CCMP and CCMN, on signed and
// unsigned overflow at 32 and 64 bits, read back through every condition
// (CINC for each of the 15 codes but AL, packed into one word), plus CSEL,
// CSINC, CSINV and CSNEG.
    .text
    .global run_test

    // x1 <- a bit per condition code that holds
    .macro conditions
    mov     x1, #0
    .irp cond, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
    lsl     x1, x1, #1
    cinc    x1, x1, \cond
    .endr
    .endm

    .macro record op, width, a, b
    ldr     x2, =\a
    ldr     x3, =\b
    \op     \width\()4, \width\()2, \width\()3
    conditions
    stp     x4, x1, [x0], #16
    .endm

run_test:
    mov     x9, x0
    .irp a, 0, 1, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0x7fffffff, 0x80000000, 0xffffffff
    .irp b, 0, 1, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0x80000000
    record adds, x, \a, \b
    record subs, x, \a, \b
    record adds, w, \a, \b
    record subs, w, \a, \b
    .endr
    .endr
    // carry chains: set C with a compare, then add or subtract with carry
    .irp carry_from, 0, 1
    .irp a, 0, 0x7fffffffffffffff, 0xffffffffffffffff
    ldr     x5, =\carry_from
    cmp     x5, #1                  // C = carry_from >= 1
    ldr     x2, =\a
    adcs    x4, x2, x2
    conditions
    stp     x4, x1, [x0], #16
    cmp     x5, #1
    sbcs    x4, x2, x5
    conditions
    stp     x4, x1, [x0], #16
    cmp     x5, #1
    adc     w4, w2, w5
    sbc     x6, x2, x2
    stp     x4, x6, [x0], #16
    .endr
    .endr
    // conditional compares and selects
    mov     x2, #5
    mov     x3, #-3
    .irp cond, eq, ne, lt, hi
    cmp     x2, #5
    ccmp    x3, #3, #0b1010, \cond
    conditions
    cmp     x2, #4
    ccmn    x3, #3, #0b0101, \cond
    cset    x4, eq
    ccmp    x2, x3, #0, \cond
    csel    x5, x2, x3, \cond
    csinc   x6, x2, x3, \cond
    csinv   x7, x2, x3, \cond
    csneg   x8, x2, x3, \cond
    csneg   w10, w2, w3, \cond
    stp     x1, x4, [x0], #16
    stp     x5, x6, [x0], #16
    stp     x7, x8, [x0], #16
    str     x10, [x0], #8
    .endr
    sub     x0, x0, x9
    lsr     x0, x0, #3
    ret
    .ltorg
