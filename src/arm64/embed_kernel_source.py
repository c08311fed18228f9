#!/usr/bin/env python3
"""Writes a C++ file defining ingot::arm64::FUNCTION() (kernel_source()
unless named): the text of ROOT_HEADER with every #include "arm64/..."
replaced by that header's text (once each, as #pragma once would), for
NVRTC, which is given one string.

usage: embed_kernel_source.py ROOT_HEADER INCLUDE_DIR OUTPUT.cpp [FUNCTION]
"""

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"(arm64/[^"]+)"\s*$')
DELIMITER = "arm64_kernel"  # C++ allows at most 16 characters


def amalgamate(path, include_dir, seen, out):
    if path in seen:
        return
    seen.add(path)
    out.append(f"// ---- {path.relative_to(include_dir)}\n")
    for line in path.read_text().splitlines(keepends=True):
        match = INCLUDE.match(line)
        if match:
            amalgamate((include_dir / match.group(1)).resolve(), include_dir, seen, out)
        elif line.strip() != "#pragma once":
            out.append(line)


def main():
    root, include_dir, output = sys.argv[1:4]
    function = sys.argv[4] if len(sys.argv) > 4 else "kernel_source"
    include_dir = pathlib.Path(include_dir).resolve()
    parts = []
    amalgamate(pathlib.Path(root).resolve(), include_dir, set(), parts)
    text = "".join(parts)
    if f"){DELIMITER}\"" in text:
        sys.exit(f"{root}: the kernel text contains the raw string's delimiter")
    generated = (
        f"// Generated from {pathlib.Path(root).name} by embed_kernel_source.py: do not edit.\n"
        '#include "arm64/kernel_source.h"\n\n'
        "namespace ingot::arm64 {\n\n"
        f"std::string_view {function}() {{\n"
        f'  static constexpr char text[] = R"{DELIMITER}({text}){DELIMITER}";\n'
        "  return {text, sizeof text - 1};\n"
        "}\n\n"
        "}  // namespace ingot::arm64\n"
    )
    path = pathlib.Path(output)
    if not path.exists() or path.read_text() != generated:
        path.write_text(generated)


if __name__ == "__main__":
    main()
