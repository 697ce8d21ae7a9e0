# Sourced by run_dream_bench.sh and run_style_bench.sh: what they take from the environment
# (ROUNDS, SIZE, STEPS, THREADS: default every core) and the peer's BLAS (peer_blas_env.sh).
ROUNDS="${ROUNDS:-3}"
SIZE="${SIZE:-256}"
STEPS="${STEPS:-10}"
THREADS="${THREADS:-$(nproc)}"
. bench/peer_blas_env.sh
