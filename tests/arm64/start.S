// The start file of every test program: no C library, so _start calls
// main and passes its result to exit (Linux's syscall 93).
    .section .text.start, "ax"
    .global _start
_start:
    bl      main
    mov     x8, #93
    svc     #0
