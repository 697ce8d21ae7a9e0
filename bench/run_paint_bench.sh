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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
for round in $(seq "$ROUNDS"); do
    java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 \
        -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher bench paint --steps "$STEPS" \
        2>/dev/null > "$out/ours.txt"
    /usr/bin/python3 bench/paint_peer.py --steps "$STEPS" > "$out/peer.txt"
    cat "$out/ours.txt" "$out/peer.txt"
    ours=$(value '^paint:' "$out/ours.txt" 2); peer=$(value '^peer:' "$out/peer.txt" 2)
    ours_cpu=$(value '^per CPU second' "$out/ours.txt" 4); peer_cpu=$(value '^per CPU second' "$out/peer.txt" 4)
    ours_thread=$(value '^per compute-thread' "$out/ours.txt" 5); peer_thread=$(value '^per compute-thread' "$out/peer.txt" 5)
    echo "round $round ratio: $(ratio "$ours" "$peer")x PyTorch eager (per CPU second: $(ratio "$ours_cpu" "$peer_cpu")x," \
        "per compute-thread CPU second: $(ratio "$ours_thread" "$peer_thread")x)"
done
