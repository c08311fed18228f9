"""The benchmark's programs are instruction words written by hand (the GPU
machine has no cross assembler): each must be what aarch64-linux-gnu-as
makes of the assembly written beside it."""

import pathlib
import subprocess
import sys

import shutil

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "bench" / "arm64"))
import loops  # noqa: E402

AS = "aarch64-linux-gnu-as"
OBJCOPY = "aarch64-linux-gnu-objcopy"


@pytest.mark.parametrize("name", sorted(loops.PROGRAMS))
def test_words_are_the_assembly(tmp_path, name):
    if not shutil.which(AS) or not shutil.which(OBJCOPY):
        pytest.skip("missing aarch64-linux-gnu-as (Debian: binutils-aarch64-linux-gnu)")
    listing = loops.PROGRAMS[name]
    (tmp_path / "p.S").write_text("\n".join(assembly for _, assembly in listing) + "\n")
    subprocess.run([AS, str(tmp_path / "p.S"), "-o", str(tmp_path / "p.o")], check=True)
    subprocess.run([OBJCOPY, "-O", "binary", "-j", ".text", str(tmp_path / "p.o"), str(tmp_path / "p.bin")], check=True)
    assert (tmp_path / "p.bin").read_bytes() == loops.code(name)
