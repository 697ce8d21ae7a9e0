#!/bin/sh
# Runs `deepcanvas bench autoencode` and its PyTorch eager peer back to back, ROUNDS times
# (the machine is shared, so single runs are noisy), and prints each model's ratio from the
# best run of each side. Build first: mvn -o -q package -DskipTests
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
        2>/dev/null | grep 'images/s' | tee -a "$OURS"
    env $PEER_ENV /usr/bin/python3 bench/autoencode_peer.py --steps "$STEPS" | grep 'images/s' | sed 's/^/peer /' \
        | tee -a "$PEER"
    i=$((i + 1))
done
for model in autoencode-conv autoencode-vae; do
    ours=$(grep "^$model:" "$OURS" | awk '{print $2}' | sort -n | tail -n 1)
    peer=$(grep "^peer $model:" "$PEER" | awk '{print $3}' | sort -n | tail -n 1)
    echo "$model: best $ours vs $peer images/s, ratio $(awk -v a="$ours" -v b="$peer" 'BEGIN {printf "%.2f", a / b}')x PyTorch eager"
done
