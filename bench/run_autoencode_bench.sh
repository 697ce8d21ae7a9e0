#!/bin/sh
# Runs `deepcanvas bench autoencode` and its PyTorch eager peer alternately, ROUNDS times (the
# machine is shared, so single runs are noisy), for each entry of THREADS (default "default 2"):
# a number runs both sides at that many intra-op threads, `default` each side at its own
# (DeepCanvas: ThreadPolicy's one thread for these small tensors; PyTorch: torch.get_num_threads()).
# For each model and side it prints the best and the median of wall-clock images/s, of images per
# second of compute-thread CPU time (images/cpu-s) and of the whole process's (images/process-cpu-s,
# which counts the worker threads too), with the ratios of the best figures.
# Build first: mvn -o -q package -DskipTests
# Debian's python3-torch links the reference BLAS (BLAS_INFO=generic), which makes the fully
# connected VAE ~10x slower than PyTorch normally is; when libopenblas0-pthread is installed the
# peer is pointed at OpenBLAS (as many threads as the peer's) for a fair comparison, without
# changing the system default.
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
STEPS="${STEPS:-200}"
THREADS="${THREADS:-default 2}"
. bench/peer_blas_env.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "load: $(uptime)"
# best and median (lower middle for an even count) of one figure in one file
stats() {
    grep "^$2: [0-9]* $3\$" "$1" | awk '{print $2}' | sort -n \
        | awk '{v[NR] = $1} END {printf "%s %s", v[NR], v[int((NR + 1) / 2)]}'
}
for threads in $THREADS; do
    if [ "$threads" = default ]; then
        ours_flags="" peer_threads=0 blas_threads=1
    else
        ours_flags="-Dai.djl.pytorch.num_threads=$threads" peer_threads=$threads blas_threads=$threads
    fi
    peer_env=""
    if [ -d "$OPENBLAS" ]; then
        peer_env="LD_LIBRARY_PATH=$OPENBLAS OPENBLAS_NUM_THREADS=$blas_threads"
    fi
    OURS="$out/ours-$threads.txt"
    PEER="$out/peer-$threads.txt"
    i=0
    while [ "$i" -lt "$ROUNDS" ]; do
        java -Dai.djl.offline=true $ours_flags -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher \
            bench autoencode --steps "$STEPS" 2>/dev/null | grep -E 'images/|threads' | tee -a "$OURS"
        env $peer_env /usr/bin/python3 bench/autoencode_peer.py --steps "$STEPS" --threads "$peer_threads" \
            | grep -E 'images/|thread' | tee -a "$PEER"
        i=$((i + 1))
    done
    for model in autoencode-conv autoencode-vae; do
        for unit in images/s images/cpu-s images/process-cpu-s; do
            set -- $(stats "$OURS" "$model" "$unit") $(stats "$PEER" "$model" "$unit")
            echo "threads $threads, $model $unit: ours best $1 median $2, PyTorch best $3 median $4," \
                "ratio $(awk -v a="$1" -v b="$3" 'BEGIN {printf "%.2f", a / b}')x"
        done
    done
done
echo "load: $(uptime)"
