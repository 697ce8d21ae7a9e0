#!/bin/sh
# Runs `deepcanvas bench autoencode` and its PyTorch eager peer ROUNDS times, for each entry of
# THREADS (default "default 2"): a number runs both sides at that many intra-op threads,
# `default` each side at its own (DeepCanvas: ThreadPolicy's one thread for these small tensors;
# PyTorch: torch.get_num_threads()). A round starts both sides fresh, warms both models up and
# lets the sides take TURNS turns each, in alternation, of STEPS steps per model
# (bench/turns.sh), so that both meet the same moments of a shared host. For each model it
# prints every round's ratio of wall-clock images/s (and each turn's), then the best and median
# rounds of each side in wall-clock images/s, images per second of compute-thread CPU time
# (images/cpu-s) and of the whole process's (images/process-cpu-s, which counts the worker
# threads too), with the ratios of the best figures.
# Build first: mvn -o -q package -DskipTests
# Debian's python3-torch links the reference BLAS (BLAS_INFO=generic), which makes the fully
# connected VAE ~10x slower than PyTorch normally is; when libopenblas0-pthread is installed the
# peer is pointed at OpenBLAS (as many threads as the peer's) for a fair comparison, without
# changing the system default.
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
TURNS="${TURNS:-4}"
STEPS="${STEPS:-100}"
THREADS="${THREADS:-default 2}"
. bench/peer_blas_env.sh
. bench/turns.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "load: $(uptime)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# best and median (lower middle for an even count) of the numbers in a file
stats() { sort -n "$1" | awk '{v[NR] = $1} END {printf "%s %s", v[NR], v[int((NR + 1) / 2)]}'; }
models="autoencode-conv autoencode-vae"
# the file of one side's round figures for a model and unit: `figures SIDE MODEL UNIT`
figures() { echo "$out/$1-$2-$(echo "$3" | tr / _)"; }
units="images/s images/cpu-s images/process-cpu-s"
for threads in $THREADS; do
    if [ "$threads" = default ]; then
        ours_flags="" peer_threads=0 blas_threads=1
    else
        ours_flags="-Ddeepcanvas.threads=$threads" peer_threads=$threads blas_threads=$threads
    fi
    peer_env=""
    if [ -d "$OPENBLAS" ]; then
        peer_env="LD_LIBRARY_PATH=$OPENBLAS OPENBLAS_NUM_THREADS=$blas_threads"
    fi
    for model in $models; do for unit in $units; do
        : > "$(figures ours "$model" "$unit")"; : > "$(figures peer "$model" "$unit")"
    done; done
    for round in $(seq "$ROUNDS"); do
        take_turns "java -Dai.djl.offline=true $ours_flags -cp 'target/deepcanvas.jar:target/lib/*' org.deepcanvas.Launcher bench autoencode --steps $STEPS" \
            "env $peer_env /usr/bin/python3 bench/autoencode_peer.py --steps $STEPS --threads $peer_threads" \
            "$TURNS" "$out" '^autoencode-vae: [0-9]* images/process-cpu-s' '^autoencode-vae: [0-9]* images/process-cpu-s'
        for model in $models; do
            for unit in $units; do
                round_rate "$out/ours.txt" "^$model: [0-9]* $unit\$" 2 >> "$(figures ours "$model" "$unit")"
                round_rate "$out/peer.txt" "^$model: [0-9]* $unit\$" 2 >> "$(figures peer "$model" "$unit")"
            done
            ours=$(tail -n 1 "$(figures ours "$model" images/s)"); peer=$(tail -n 1 "$(figures peer "$model" images/s)")
            echo "threads $threads, round $round, $model: ours $ours images/s, PyTorch $peer," \
                "ratio $(ratio "$ours" "$peer")x (turns $(turn_ratios "$out" "^$model: [0-9]* images/s\$" "^$model: [0-9]* images/s\$"))"
        done
    done
    for model in $models; do
        for unit in $units; do
            set -- $(stats "$(figures ours "$model" "$unit")") $(stats "$(figures peer "$model" "$unit")")
            echo "threads $threads, $model $unit: ours best $1 median $2, PyTorch best $3 median $4," \
                "ratio $(ratio "$1" "$3")x"
        done
    done
done
echo "load: $(uptime)"
