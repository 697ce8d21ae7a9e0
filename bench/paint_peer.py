#!/usr/bin/python3
"""The `deepcanvas bench paint` workload in PyTorch eager, for a side-by-side ratio.

Same target pixels (BenchmarkImage.java), same network (6 hidden layers x 20, ReLU,
PyTorch's default Linear init), Adam 1e-3, batch 50 drawn with replacement, loss summed
over r, g, b and averaged over the batch, one intra-op thread, the loss read every 100
steps and averaged over the last 5 reads. Run: /usr/bin/python3 bench/paint_peer.py
"""
import argparse
import math
import time

import torch

import turns

SIDE = 100
LOSS_EVERY = 100
LOSS_WINDOW = 5


def benchmark_image(side):
    def to_byte(unit):
        return math.floor(unit * 255 + 0.5)

    rgb = []
    for y in range(side):
        for x in range(side):
            r = 0.5 + 0.5 * math.sin(x * 0.12) * math.cos(y * 0.07)
            g = (x + y) / (2.0 * (side - 1))
            dx, dy = x - side * 0.6, y - side * 0.4
            b = 0.9 if dx * dx + dy * dy < side * side * 0.06 else 0.2
            rgb.append([to_byte(r) / 255.0, to_byte(g) / 255.0, to_byte(b) / 255.0])
    return torch.tensor(rgb, dtype=torch.float32)


def z_scored_positions(side):
    positions = torch.arange(side, dtype=torch.float64)
    z = (positions - (side - 1) / 2) / math.sqrt((side * side - 1) / 12.0)
    rows = z.repeat_interleave(side)
    cols = z.repeat(side)
    return torch.stack([rows, cols], dim=1).float()


def network(layers=6, width=20):
    blocks, inputs = [], 2
    for _ in range(layers):
        blocks += [torch.nn.Linear(inputs, width), torch.nn.ReLU()]
        inputs = width
    blocks.append(torch.nn.Linear(inputs, 3))
    return torch.nn.Sequential(*blocks)


def run(steps, xs, ys):
    model = network()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    losses = []
    began = time.perf_counter()
    for step in range(1, steps + 1):
        rows = torch.randint(0, xs.shape[0], (50,))
        loss = ((model(xs[rows]) - ys[rows]) ** 2).sum(1).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % LOSS_EVERY == 0:
            losses.append((step, time.perf_counter() - began, loss.item()))
    return time.perf_counter() - began, losses


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--warmup", type=int, default=20000, help="as many as `bench paint` takes")
    parser.add_argument("--target-loss", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--threads", type=int, default=1, help="intra-op threads (0: PyTorch's default)")
    turns.add_option(parser)
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    xs, ys = z_scored_positions(SIDE), benchmark_image(SIDE)
    print(f"device: CPU (PyTorch {torch.__version__} eager)")
    run(args.warmup, xs, ys)
    turns.measure(args.turns, lambda: measure(args, xs, ys))


def measure(args, xs, ys):
    cpu_began, thread_began = time.process_time(), time.thread_time()
    seconds, losses = run(args.steps, xs, ys)
    cpu_seconds, thread_seconds = time.process_time() - cpu_began, time.thread_time() - thread_began
    window = lambda end: sum(l for _, _, l in losses[max(0, end - LOSS_WINDOW):end]) / min(end, LOSS_WINDOW)
    print(f"{args.steps} steps in {seconds:.2f} s ({cpu_seconds:.2f} s of CPU time), "
          f"final loss {window(len(losses)):.5f}")
    for end in range(LOSS_WINDOW, len(losses) + 1):
        if window(end) <= args.target_loss:
            step, at, _ = losses[end - 1]
            print(f"loss {args.target_loss:.3f} reached after {at:.2f} s (step {step})")
            break
    else:
        print(f"loss {args.target_loss:.3f} not reached in {args.steps} steps")
    print(f"per compute-thread CPU second: {args.steps / thread_seconds:.0f} steps")
    print(f"per CPU second: {args.steps / cpu_seconds:.0f} steps")
    print(f"peer: {args.steps / seconds:.0f} steps/s")


if __name__ == "__main__":
    main()
