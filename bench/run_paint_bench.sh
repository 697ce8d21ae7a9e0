#!/bin/sh
# Runs `deepcanvas bench paint` and its PyTorch eager peer back to back on this machine
# and prints the ratio of their steps per second. Build first: mvn -o -q package -DskipTests
set -eu
cd "$(dirname "$0")/.."
STEPS="${STEPS:-10000}"
java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 \
    -cp "target/deepcanvas.jar:target/lib/*" org.deepcanvas.Launcher bench paint --steps "$STEPS" \
    2>/dev/null | tee /tmp/deepcanvas-bench-paint.txt
/usr/bin/python3 bench/paint_peer.py --steps "$STEPS" | tee /tmp/deepcanvas-bench-peer.txt
ours=$(tail -n 1 /tmp/deepcanvas-bench-paint.txt | awk '{print $2}')
peer=$(tail -n 1 /tmp/deepcanvas-bench-peer.txt | awk '{print $2}')
echo "ratio: $(awk -v a="$ours" -v b="$peer" 'BEGIN {printf "%.2f", a / b}')x PyTorch eager"
