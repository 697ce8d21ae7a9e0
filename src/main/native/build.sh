#!/bin/sh
# Rebuilds the library runtime/MklOnAmd.java loads: x86-64 Linux, no C library, no build id
# (the same bytes from the same compiler). Run it from the repository root when
# mkl_intel_cpu.c changes, and commit the result; the Maven build does not need a C compiler.
set -eu
out=src/main/resources/org/deepcanvas/runtime/linux-x86-64/libdeepcanvas_mkl_intel_cpu.so
gcc -shared -fPIC -O2 -nostdlib -s -Wl,--build-id=none -Wl,-z,noseparate-code -Wl,--hash-style=gnu \
    -o "$out" src/main/native/mkl_intel_cpu.c
echo "wrote $out"
