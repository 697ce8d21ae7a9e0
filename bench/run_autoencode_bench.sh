#!/bin/sh
# Runs `deepcanvas bench autoencode` and its PyTorch eager peer alternately, ROUNDS times (the
# machine is shared, so single runs are noisy), and prints for each model and side the best and
# the median of wall-clock images/s and of images per second of compute-thread CPU time
# (images/cpu-s, which a busy machine disturbs less), with the ratios of the best figures.
# Build first: mvn -o -q package -DskipTests
# Debian's python3-torch links the reference BLAS (BLAS_INFO=generic), which makes the fully
# connected VAE ~10x slower than PyTorch normally is; when libopenblas0-pthread is installed the
# peer is pointed at OpenBLAS (one thread) for a fair comparison, without changing the system default.
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
STEPS="${STEPS:-200}"
OPENBLAS=/usr/lib/x86_64-linux-gnu/openblas-pthread
PEER_ENV=""
if [ -d "$OPENBLAS" ]; then
    PEER_ENV="LD_LIBRARY_PATH=$OPENBLAS OPENBLAS_NUM_THREADS=1"
    echo "peer BLAS: OpenBLAS ($OPENBLAS)"
fi
OURS=/tmp/deepcanvas-bench-autoencode.txt
PEER=/tmp/deepcanvas-bench-autoencode-peer.txt
: > "$OURS"
: > "$PEER"
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 \
        -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher bench autoencode --steps "$STEPS" \
        2>/dev/null | grep 'images/' | tee -a "$OURS"
    env $PEER_ENV /usr/bin/python3 bench/autoencode_peer.py --steps "$STEPS" | grep 'images/' | tee -a "$PEER"
    i=$((i + 1))
done
# best and median (lower middle for an even count) of one figure in one file
stats() {
    grep "^$2: [0-9]* $3\$" "$1" | awk '{print $2}' | sort -n \
        | awk '{v[NR] = $1} END {printf "%s %s", v[NR], v[int((NR + 1) / 2)]}'
}
for model in autoencode-conv autoencode-vae; do
    for unit in images/s images/cpu-s; do
        set -- $(stats "$OURS" "$model" "$unit") $(stats "$PEER" "$model" "$unit")
        echo "$model $unit: ours best $1 median $2, PyTorch best $3 median $4," \
            "ratio $(awk -v a="$1" -v b="$3" 'BEGIN {printf "%.2f", a / b}')x"
    done
done
