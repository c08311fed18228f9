"""The AArch64 test programs: built from the assembly and C files here with
Debian's cross toolchain, run under qemu-aarch64 for the expected output and
exit status, and loaded from their ELF files into the emulator.

    python3 tests/arm64/programs.py DIR     builds every case into DIR, with
                                           qemu's answers in DIR/expected.json

A machine without the toolchain (the GPU machine) runs the tests on such a
directory, named by $INGOT_ARM64_PROGRAMS."""

import json
import os
import pathlib
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass, field

HERE = pathlib.Path(__file__).resolve().parent
GCC = "aarch64-linux-gnu-gcc"
NM = "aarch64-linux-gnu-nm"
QEMU = "qemu-aarch64"
LOAD_ADDRESS = 0x10000

# No C library, no SIMD&FP registers (the emulator implements the general
# registers only), no PIE: a static image at LOAD_ADDRESS.
FLAGS = [
    "-static", "-nostdlib", "-nostartfiles", "-ffreestanding", "-fno-builtin", "-mgeneral-regs-only",
    "-fno-stack-protector", "-fno-pie", "-no-pie", "-fno-asynchronous-unwind-tables",
    f"-Wl,-Ttext-segment={LOAD_ADDRESS:#x}", "-Wl,--build-id=none",
]
C_PROGRAMS = ["fib", "sieve", "sort", "hash", "arith", "strings", "matrix"]
ASM_PROGRAMS = ["bitmask", "shifts", "flags", "memory", "muldiv", "branches"]
OPTIMIZATIONS = ["O0", "O2"]
# Each faulting program, and the symbol at the instruction that stops it.
FAULT_PROGRAMS = {"fault_undefined": "undefined_here", "fault_memory": "fault_here", "fault_syscall": "syscall_here"}


def missing_tools():
    """Why the programs cannot be built and checked here, or None."""
    missing = [tool for tool in (GCC, NM, QEMU) if shutil.which(tool) is None]
    if missing:
        return "missing " + ", ".join(missing) + " (Debian: gcc-aarch64-linux-gnu, qemu-user)"
    return None


def cases():
    """Each case's name and its sources and options."""
    out = {}
    for name in C_PROGRAMS:
        for opt in OPTIMIZATIONS:
            out[f"{name}-{opt}"] = [f"-{opt}", f"{name}.c"]
    for name in ASM_PROGRAMS:
        out[name] = ["-O2", "asm_driver.c", f"{name}.S"]
    for name in FAULT_PROGRAMS:
        out[name] = ["-O2", f"{name}.c"]
    return out


@dataclass
class Segment:
    address: int
    data: bytes
    executable: bool


@dataclass
class Program:
    name: str
    entry: int
    segments: list
    stdout: bytes  # qemu's
    returncode: int  # qemu's: negative for a signal
    symbols: dict = field(default_factory=dict)


def read_elf(data):
    """The entry point and the loadable segments of a static ELF64 image."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    entry, phoff = struct.unpack_from("<QQ", data, 24)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    segments = []
    for i in range(phnum):
        kind, flags, offset, vaddr, _, filesz, memsz, _ = struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize)
        if kind == 1:  # PT_LOAD
            body = data[offset:offset + filesz] + bytes(memsz - filesz)
            segments.append(Segment(vaddr, body, bool(flags & 1)))
    return entry, segments


def build(name, args, out_dir):
    """Compiles and links case `name`, returning the ELF's path."""
    out = pathlib.Path(out_dir) / f"{name}.elf"
    sources = [str(HERE / "start.S"), str(HERE / "runtime.c")] + [str(HERE / a) for a in args if not a.startswith("-")]
    options = [a for a in args if a.startswith("-")]
    subprocess.run([GCC, *FLAGS, *options, "-I", str(HERE), *sources, "-o", str(out)], check=True,
                   capture_output=True, text=True)
    return out


def run_qemu(elf):
    result = subprocess.run([QEMU, str(elf)], capture_output=True, timeout=120)
    return result.stdout, result.returncode


def symbols(elf, names):
    listing = subprocess.run([NM, str(elf)], capture_output=True, text=True, check=True).stdout
    table = {parts[2]: int(parts[0], 16) for parts in (line.split() for line in listing.splitlines()) if len(parts) == 3}
    return {name: table[name] for name in names}


def prepare(out_dir):
    """Builds every case into `out_dir`, runs each under qemu, and writes
    what it printed and returned to expected.json. Returns the programs."""
    out_dir = pathlib.Path(out_dir)
    expected = {}
    for name, args in cases().items():
        elf = build(name, args, out_dir)
        stdout, returncode = run_qemu(elf)
        wanted = [FAULT_PROGRAMS[name]] if name in FAULT_PROGRAMS else []
        expected[name] = {"stdout": stdout.hex(), "returncode": returncode, "symbols": symbols(elf, wanted)}
    (out_dir / "expected.json").write_text(json.dumps(expected, indent=1))
    return load(out_dir)


def load(directory):
    """The programs a prepare() left in `directory`, by name."""
    directory = pathlib.Path(directory)
    expected = json.loads((directory / "expected.json").read_text())
    programs = {}
    for name, e in expected.items():
        entry, segments = read_elf((directory / f"{name}.elf").read_bytes())
        programs[name] = Program(name, entry, segments, bytes.fromhex(e["stdout"]), e["returncode"], e["symbols"])
    return programs


def programs_for_tests(tmp_dir):
    """The prepared programs of $INGOT_ARM64_PROGRAMS, or else built now in
    `tmp_dir`; None, with the reason, where neither can be had."""
    prepared = os.environ.get("INGOT_ARM64_PROGRAMS")
    if prepared:
        return load(prepared), None
    reason = missing_tools()
    if reason:
        return None, reason
    return prepare(tmp_dir), None


def install(machine, program, core=None):
    """Loads `program` into an Arm64CPU, or into one core of an Arm64Farm
    (its own copy) or all of them (core=None: the shared image)."""
    farm = hasattr(machine, "cores")
    for segment in program.segments:
        if segment.executable:
            if farm:
                machine.load_program(segment.data, segment.address, core)
            else:
                machine.load_program(segment.data, segment.address)
        elif farm:
            for c in range(machine.cores) if core is None else [core]:
                machine.write_memory(c, segment.address, segment.data)
        else:
            machine.write_memory(segment.address, segment.data)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    reason = missing_tools()
    if reason:
        sys.exit(reason)
    pathlib.Path(sys.argv[1]).mkdir(parents=True, exist_ok=True)
    built = prepare(sys.argv[1])
    print(f"{len(built)} programs in {sys.argv[1]}")
