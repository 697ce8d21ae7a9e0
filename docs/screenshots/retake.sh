#!/usr/bin/env bash
# Re-takes the shared screenshots (Dataset, Pixel painting, Autoencoders) at 1440x900 (the
# README's dataset.png, painting.png, autoencoders.png) and 1024x700 (*-1024x700.png): the
# real studio window under Xvfb, the whole screen taken with ImageMagick's import, after
# SECONDS of training on each trainable pane. Run from the repository root after
# `mvn -B -q -o test-compile`; needs xvfb-run and ImageMagick. Other panes by title, e.g.
# the GAN pane (gan.png) after a few hundred iterations: retake.sh 240 "GAN and VAE-GAN".
# JAVA_OPTS reach the studio (on a busy machine, -Ddeepcanvas.threads=1 trains faster).
# Usage: docs/screenshots/retake.sh [SECONDS] [PANE,PANE...]
set -euo pipefail
seconds=${1:-30}
panes=${2:-Dataset,Pixel painting,Autoencoders}
out=docs/screenshots
snapshots=$(mktemp -d)
trap 'rm -rf "$snapshots"' EXIT
# through a file: on stdout Maven's colour reset would stick to the first jar's path
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$snapshots/classpath" >/dev/null
cp=target/classes:target/test-classes:$(cat "$snapshots/classpath")
for size in 1440x900 1024x700; do
    width=${size%x*}
    height=${size#*x}
    suffix=$([ "$size" = 1440x900 ] && echo "" || echo "-$size")
    export cp snapshots width height seconds out suffix size panes
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        java -Xmx1g ${JAVA_OPTS:-} -Dprism.order=sw -Dai.djl.offline=true -cp "$cp" org.deepcanvas.ui.ScreenshotTour \
            "$snapshots" "$width" "$height" "$seconds" "$panes" 2>/dev/null |
        while read -r word file; do
            [ "$word" = ready ] || continue
            name=$(basename "$file" "-$size.png")
            name=${name#pixel-}
            name=${name%-and-vae-gan}
            import -window root "$out/$name$suffix.png"
            echo "took $out/$name$suffix.png"
        done'
done
