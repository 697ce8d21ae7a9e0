#!/usr/bin/env bash
# Re-takes the shared screenshots (Dataset, Pixel painting, Autoencoders) at 1440x900 (the
# README's dataset.png, painting.png, autoencoders.png) and 1024x700 (*-1024x700.png): the
# real studio window under Xvfb, the whole screen taken with ImageMagick's import, after
# SECONDS of training on each trainable pane. Run from the repository root after
# `mvn -B -q -o test-compile`; needs xvfb-run and ImageMagick.
# Usage: docs/screenshots/retake.sh [SECONDS]
set -euo pipefail
seconds=${1:-30}
out=docs/screenshots
cp=target/classes:target/test-classes:$(mvn -B -q -o dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
snapshots=$(mktemp -d)
trap 'rm -rf "$snapshots"' EXIT
for size in 1440x900 1024x700; do
    width=${size%x*}
    height=${size#*x}
    suffix=$([ "$size" = 1440x900 ] && echo "" || echo "-$size")
    export cp snapshots width height seconds out suffix size
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        java -Xmx1g -Dprism.order=sw -Dai.djl.offline=true -cp "$cp" org.deepcanvas.ui.ScreenshotTour \
            "$snapshots" "$width" "$height" "$seconds" "Dataset,Pixel painting,Autoencoders" 2>/dev/null |
        while read -r word file; do
            [ "$word" = ready ] || continue
            name=$(basename "$file" "-$size.png")
            name=${name#pixel-}
            import -window root "$out/$name$suffix.png"
            echo "took $out/$name$suffix.png"
        done'
done
