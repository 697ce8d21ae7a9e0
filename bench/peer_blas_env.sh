# Sourced by the bench scripts: OPENBLAS is where Debian keeps OpenBLAS, and PEER_ENV points
# the PyTorch peer at it when it is installed, as the README asks (else Debian's PyTorch keeps
# the BLAS it links).
OPENBLAS=/usr/lib/x86_64-linux-gnu/openblas-pthread
PEER_ENV=""
if [ -d "$OPENBLAS" ]; then
    PEER_ENV="LD_LIBRARY_PATH=$OPENBLAS"
fi
