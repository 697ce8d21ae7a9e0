# Sourced by run_dream_bench.sh and run_style_bench.sh: what they take from the environment
# (ROUNDS, SIZE, STEPS, THREADS: default every core) and the peer's BLAS (OpenBLAS when
# installed, as the README asks, else the reference BLAS Debian's PyTorch links).
ROUNDS="${ROUNDS:-3}"
SIZE="${SIZE:-256}"
STEPS="${STEPS:-10}"
THREADS="${THREADS:-$(nproc)}"
OPENBLAS=/usr/lib/x86_64-linux-gnu/openblas-pthread
PEER_ENV=""
if [ -d "$OPENBLAS" ]; then
    PEER_ENV="LD_LIBRARY_PATH=$OPENBLAS"
fi
