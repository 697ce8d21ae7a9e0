#!/bin/sh
# Runs `deepcanvas bench paint` and its PyTorch eager peer (bench/paint_peer.py) ROUNDS times,
# for each entry of THREADS (default "default 2": a number runs both sides at that many
# intra-op threads, `default` each at its own: DeepCanvas's ThreadPolicy gives the painter one,
# PyTorch torch.get_num_threads()). A round starts both sides fresh and lets them take TURNS
# turns each, in alternation, of STEPS steps (bench/turns.sh), so that both meet the same
# moments of a shared host; it prints the round's ratio of steps per second (wall clock,
# process CPU time, compute-thread CPU time) and each turn's, then the best and median rounds
# of each side.
# Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
STEPS="${STEPS:-2000}"
TURNS="${TURNS:-5}"
ROUNDS="${ROUNDS:-3}"
THREADS="${THREADS:-default 2}"
. bench/peer_blas_env.sh
. bench/turns.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# best and median (lower middle for an even count) of the numbers in a file
stats() { sort -n "$1" | awk '{v[NR] = $1} END {printf "best %s median %s", v[NR], v[int((NR + 1) / 2)]}'; }
echo "load: $(uptime)"
for threads in $THREADS; do
    if [ "$threads" = default ]; then ours_flags="" peer_threads=0; else
        ours_flags="-Ddeepcanvas.threads=$threads" peer_threads=$threads; fi
    : > "$out/ours-wall"; : > "$out/peer-wall"; : > "$out/ours-cpu"; : > "$out/peer-cpu"
    for round in $(seq "$ROUNDS"); do
        take_turns "java -Dai.djl.offline=true $ours_flags -cp 'target/deepcanvas.jar:target/lib/*' org.deepcanvas.Launcher bench paint --steps $STEPS" \
            "env $PEER_ENV /usr/bin/python3 bench/paint_peer.py --steps $STEPS --threads $peer_threads" \
            "$TURNS" "$out" '^paint:' '^peer:'
        ours=$(round_rate "$out/ours.txt" '^paint:' 2); peer=$(round_rate "$out/peer.txt" '^peer:' 2)
        ours_cpu=$(round_rate "$out/ours.txt" '^per CPU second' 4); peer_cpu=$(round_rate "$out/peer.txt" '^per CPU second' 4)
        ours_thread=$(round_rate "$out/ours.txt" '^per compute-thread' 5)
        peer_thread=$(round_rate "$out/peer.txt" '^per compute-thread' 5)
        echo "$ours" >> "$out/ours-wall"; echo "$peer" >> "$out/peer-wall"
        echo "$ours_cpu" >> "$out/ours-cpu"; echo "$peer_cpu" >> "$out/peer-cpu"
        echo "threads $threads, round $round: ours $ours steps/s, PyTorch $peer, ratio $(ratio "$ours" "$peer")x PyTorch eager" \
            "(turns $(turn_ratios "$out" '^paint:' '^peer:'); per CPU second: $(ratio "$ours_cpu" "$peer_cpu")x," \
            "per compute-thread CPU second: $(ratio "$ours_thread" "$peer_thread")x)"
    done
    echo "threads $threads, steps/s: ours $(stats "$out/ours-wall"), PyTorch $(stats "$out/peer-wall")"
    echo "threads $threads, steps per CPU s: ours $(stats "$out/ours-cpu"), PyTorch $(stats "$out/peer-cpu")"
done
echo "load: $(uptime)"
