#!/bin/sh
# Runs `deepcanvas bench paint` and its PyTorch eager peer (bench/paint_peer.py) in turn,
# ROUNDS times, on this machine, and prints each round's ratio of steps per second (wall
# clock and CPU time). Alternating rounds spread the noise of a shared machine over both.
# Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
STEPS="${STEPS:-10000}"
ROUNDS="${ROUNDS:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
value() { grep "$1" "$2" | tail -n 1 | awk "{print \$$3}"; }
for round in $(seq "$ROUNDS"); do
    java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 \
        -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher bench paint --steps "$STEPS" \
        2>/dev/null > "$out/ours.txt"
    /usr/bin/python3 bench/paint_peer.py --steps "$STEPS" > "$out/peer.txt"
    cat "$out/ours.txt" "$out/peer.txt"
    ours=$(value '^paint:' "$out/ours.txt" 2); peer=$(value '^peer:' "$out/peer.txt" 2)
    ours_cpu=$(value '^per CPU second' "$out/ours.txt" 4); peer_cpu=$(value '^per CPU second' "$out/peer.txt" 4)
    echo "round $round ratio: $(awk -v a="$ours" -v b="$peer" 'BEGIN {printf "%.2f", a / b}')x PyTorch eager" \
        "(per CPU second: $(awk -v a="$ours_cpu" -v b="$peer_cpu" 'BEGIN {printf "%.2f", a / b}')x)"
done
