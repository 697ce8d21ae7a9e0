#!/bin/sh
# Runs `deepcanvas bench paint` and its PyTorch eager peer (bench/paint_peer.py) in turn,
# ROUNDS times, for each entry of THREADS (default "default 2": a number runs both sides at that
# many intra-op threads, `default` each at its own: DeepCanvas's ThreadPolicy gives the painter one,
# PyTorch torch.get_num_threads()), and prints each round's ratio of steps per second (wall
# clock, process CPU time, compute-thread CPU time), then the best and median of each side.
# Alternating rounds spread the noise of a shared machine over both.
# Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
STEPS="${STEPS:-10000}"
ROUNDS="${ROUNDS:-3}"
THREADS="${THREADS:-default 2}"
. bench/peer_blas_env.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
value() { grep "$1" "$2" | tail -n 1 | awk "{print \$$3}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# best and median (lower middle for an even count) of the numbers in a file
stats() { sort -n "$1" | awk '{v[NR] = $1} END {printf "best %s median %s", v[NR], v[int((NR + 1) / 2)]}'; }
echo "load: $(uptime)"
for threads in $THREADS; do
    if [ "$threads" = default ]; then ours_flags="" peer_threads=0; else
        ours_flags="-Ddeepcanvas.threads=$threads" peer_threads=$threads; fi
    : > "$out/ours-wall"; : > "$out/peer-wall"; : > "$out/ours-cpu"; : > "$out/peer-cpu"
    for round in $(seq "$ROUNDS"); do
        java -Dai.djl.offline=true $ours_flags -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher \
            bench paint --steps "$STEPS" 2>/dev/null > "$out/ours.txt"
        env $PEER_ENV /usr/bin/python3 bench/paint_peer.py --steps "$STEPS" --threads "$peer_threads" > "$out/peer.txt"
        cat "$out/ours.txt" "$out/peer.txt"
        ours=$(value '^paint:' "$out/ours.txt" 2); peer=$(value '^peer:' "$out/peer.txt" 2)
        ours_cpu=$(value '^per CPU second' "$out/ours.txt" 4); peer_cpu=$(value '^per CPU second' "$out/peer.txt" 4)
        ours_thread=$(value '^per compute-thread' "$out/ours.txt" 5); peer_thread=$(value '^per compute-thread' "$out/peer.txt" 5)
        echo "$ours" >> "$out/ours-wall"; echo "$peer" >> "$out/peer-wall"
        echo "$ours_cpu" >> "$out/ours-cpu"; echo "$peer_cpu" >> "$out/peer-cpu"
        echo "threads $threads, round $round ratio: $(ratio "$ours" "$peer")x PyTorch eager" \
            "(per CPU second: $(ratio "$ours_cpu" "$peer_cpu")x, per compute-thread CPU second: $(ratio "$ours_thread" "$peer_thread")x)"
    done
    echo "threads $threads, steps/s: ours $(stats "$out/ours-wall"), PyTorch $(stats "$out/peer-wall")"
    echo "threads $threads, steps per CPU s: ours $(stats "$out/ours-cpu"), PyTorch $(stats "$out/peer-cpu")"
done
echo "load: $(uptime)"
