# Sourced by the bench scripts: PEER_ENV points the PyTorch peer at OpenBLAS when it is
# installed, as the README asks, else Debian's PyTorch keeps the BLAS it links.
OPENBLAS=/usr/lib/x86_64-linux-gnu/openblas-pthread
PEER_ENV=""
if [ -d "$OPENBLAS" ]; then
    PEER_ENV="LD_LIBRARY_PATH=$OPENBLAS"
fi
