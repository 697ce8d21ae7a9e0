#!/bin/sh
# Runs `deepcanvas bench style` and bench/style_peer.py (PyTorch eager, the identical workload)
# alternately, ROUNDS times, at SIZE (256 or 512), first both at THREADS intra-op threads
# (default: every core), then each at its own default (DeepCanvas: ThreadPolicy's every core;
# PyTorch: its own choice), and prints the ratio of the best wall-clock figures. Then one run
# with glibc returning freed memory at once, for the peak resident memory beside the pane's
# estimate, and (COMPARE=1) Adam against L-BFGS on the same problem.
# Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
. bench/image_bench_env.sh
# JVM_FLAGS: extra JVM options; the arguments go to the benchmark
ours() {
    java -Dai.djl.offline=true ${JVM_FLAGS:-} -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher \
        bench style --size "$SIZE" "$@" 2>/dev/null | grep -v '^\['
}
peer() {
    env $PEER_ENV /usr/bin/python3 bench/style_peer.py --size "$SIZE" --steps "$STEPS" "$@"
}
best() {
    grep "^style-$SIZE:" "$1" | awk '{print $2}' | sort -n | tail -1
}
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for mode in equal default; do
    : > "$out/ours-$mode.txt"
    : > "$out/peer-$mode.txt"
    i=0
    while [ "$i" -lt "$ROUNDS" ]; do
        if [ "$mode" = equal ]; then
            JVM_FLAGS="-Ddeepcanvas.threads=$THREADS" ours --steps "$STEPS" | tee -a "$out/ours-$mode.txt"
            peer --threads "$THREADS" | tee -a "$out/peer-$mode.txt"
        else
            ours --steps "$STEPS" | tee -a "$out/ours-$mode.txt"
            peer | tee -a "$out/peer-$mode.txt"
        fi
        i=$((i + 1))
    done
    a=$(best "$out/ours-$mode.txt")
    b=$(best "$out/peer-$mode.txt")
    echo "style-$SIZE ($mode threads): ours best $a, PyTorch best $b steps/s," \
        "ratio $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}')x"
done
echo "memory (freed blocks returned at once, so the peak is what the run held):"
MALLOC_MMAP_THRESHOLD_=131072 ours --steps 2 --warmup 1 | grep "^peak"
if [ "${COMPARE:-0}" = 1 ]; then
    ours --to-loss --steps "${COMPARE_STEPS:-100}"
fi
