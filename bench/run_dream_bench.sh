#!/bin/sh
# Runs `deepcanvas bench dream` and bench/dream_peer.py (PyTorch eager, the identical workload)
# alternately, ROUNDS times, at SIZE (256 or 512), first both at THREADS intra-op threads
# (default: every core), then each at its own default (DeepCanvas: ThreadPolicy's every core;
# PyTorch: its own choice). Prints each run's figures and the ratio of the best wall-clock ones.
# Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
. bench/image_bench_env.sh
ours() {
    java -Dai.djl.offline=true "$@" -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher \
        bench dream --size "$SIZE" --steps "$STEPS" 2>/dev/null | grep -v '^\['
}
peer() {
    env $PEER_ENV /usr/bin/python3 bench/dream_peer.py --size "$SIZE" --steps "$STEPS" "$@"
}
best() {
    grep "^dream-$SIZE:" "$1" | awk '{print $2}' | sort -n | tail -1
}
for mode in equal default; do
    OURS=/tmp/deepcanvas-bench-dream-$mode.txt
    PEER=/tmp/deepcanvas-bench-dream-peer-$mode.txt
    : > "$OURS"
    : > "$PEER"
    i=0
    while [ "$i" -lt "$ROUNDS" ]; do
        if [ "$mode" = equal ]; then
            ours "-Ddeepcanvas.threads=$THREADS" | tee -a "$OURS"
            peer --threads "$THREADS" | tee -a "$PEER"
        else
            ours | tee -a "$OURS"
            peer | tee -a "$PEER"
        fi
        i=$((i + 1))
    done
    a=$(best "$OURS")
    b=$(best "$PEER")
    echo "dream-$SIZE ($mode threads): ours best $a, PyTorch best $b steps/s," \
        "ratio $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}')x"
done
