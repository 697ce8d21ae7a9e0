#!/bin/sh
# Runs `deepcanvas bench gan` and its PyTorch eager peer alternately, ROUNDS times (the machine
# is shared, so single runs are noisy), with 1 and with 2 intra-op threads on both sides, and
# once more with each side's default (DeepCanvas: runtime.ThreadPolicy's choice; PyTorch: its
# own). Prints best and median of wall-clock iterations/s and of iterations per CPU second of
# the whole process (iterations/cpu-s, which a busy machine disturbs less), with the ratios of
# the best figures. Build first: mvn -o -q package -DskipTests
# Debian's python3-torch links the reference BLAS; when libopenblas0-pthread is installed the
# peer is pointed at OpenBLAS for a fair comparison, without changing the system default.
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
ITERATIONS="${ITERATIONS:-300}"
. bench/peer_blas_env.sh
OUT=/tmp/deepcanvas-bench-gan
mkdir -p "$OUT"
rm -f "$OUT"/*.txt
# ours THREADS|default FILE
# `bench gan` gives its trainer the threads ThreadPolicy gives this model's GanJob before every
# iteration (filters >= 16, batch >= 32: large tensors, every idle core); a number fixes them
ours() {
    if [ "$1" = default ]; then ours_flags=""; else ours_flags="-Ddeepcanvas.threads=$1"; fi
    java -Dai.djl.offline=true $ours_flags -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher \
        bench gan --iterations "$ITERATIONS" 2>/dev/null | grep 'iterations/' | tee -a "$2"
}
# peer THREADS|default FILE
peer() {
    # (sh has no local variables: these names must not be the caller's loop variable)
    if [ "$1" = default ]; then peer_threads=0; else peer_threads="$1"; fi
    blas=""
    if [ -d "$OPENBLAS" ]; then
        blas="LD_LIBRARY_PATH=$OPENBLAS"
        if [ "$peer_threads" != 0 ]; then blas="$blas OPENBLAS_NUM_THREADS=$peer_threads"; fi
    fi
    env $blas /usr/bin/python3 bench/gan_peer.py --iterations "$ITERATIONS" --threads "$peer_threads" \
        | grep 'iterations/' | tee -a "$2"
}
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    for threads in 1 2 default; do
        echo "round $((i + 1)), threads $threads"
        ours "$threads" "$OUT/ours-$threads.txt"
        peer "$threads" "$OUT/peer-$threads.txt"
    done
    i=$((i + 1))
done
# best and median (lower middle for an even count) of one unit in one file
stats() {
    grep "^gan: [0-9.]* $2\$" "$1" | awk '{print $2}' | sort -n \
        | awk '{v[NR] = $1} END {printf "%s %s", v[NR], v[int((NR + 1) / 2)]}'
}
for threads in 1 2 default; do
    for unit in iterations/s iterations/cpu-s; do
        set -- $(stats "$OUT/ours-$threads.txt" "$unit") $(stats "$OUT/peer-$threads.txt" "$unit")
        echo "threads $threads, $unit: ours best $1 median $2, PyTorch best $3 median $4," \
            "ratio $(awk -v a="$1" -v b="$3" 'BEGIN {printf "%.2f", a / b}')x"
    done
done
