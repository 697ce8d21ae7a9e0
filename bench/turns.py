"""`--turns` for the PyTorch peers, as `deepcanvas bench` has it (cli/TurnsMixin.java): measure
once, or print "ready" after the warm-up and measure once per line read from standard input
until it ends. bench/turns.sh hands the turns to both sides in alternation."""
import sys

READY = "ready"


def add_option(parser):
    parser.add_argument("--turns", action="store_true",
                        help=f"after the warm-up print '{READY}', then measure once per line read from standard input")


def measure(turns, measurement):
    if not turns:
        measurement()
        sys.stdout.flush()
        return
    print(READY, flush=True)
    for _ in sys.stdin:
        measurement()
        sys.stdout.flush()
