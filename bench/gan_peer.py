#!/usr/bin/python3
"""PyTorch-eager peer of `deepcanvas bench gan`.

Trains the identical DCGAN on the same data with the same iteration as DeepCanvas and prints
iterations per second in the same line format (last line `gan: <N> iterations/s`):
  G: z(100) -> Linear 128*7*7, BatchNorm, ReLU -> 2x nearest upsample, conv3x3 128->64,
     BatchNorm, ReLU -> 2x upsample, conv3x3 64->32, BatchNorm, ReLU -> conv3x3 32->1, tanh
  D: conv4x4 stride 2 pad 1, 1->32, LeakyReLU 0.2 -> conv4x4 s2 p1 32->64, BatchNorm,
     LeakyReLU 0.2 -> Linear 64*7*7 -> 1
Weights N(0, 0.02), batch norm scales N(1, 0.02), biases 0 (as DCGAN and DeepCanvas).
Loss: BCE with logits; D's loss is the mean of its real and fake losses. Adam 2e-4, betas
(0.5, 0.999) for both. One iteration = a D step on a real batch (images scaled to [-1, 1])
and a fake batch (detached), then a G step on the same fakes. Batch 64 from a fresh
permutation of the 10,000 bundled Fashion-MNIST training images per epoch.
iterations/cpu-s counts the CPU time of the whole process (all intra-op threads).
Run: /usr/bin/python3 bench/gan_peer.py [--iterations 300] [--threads 1]
"""
import argparse
import gzip
import pathlib
import time

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F

ASSETS = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fashion-mnist"
BATCH = 64
CODE = 100


def load_images():
    with gzip.open(ASSETS / "train-10k-images-idx3-ubyte.gz", "rb") as f:
        raw = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
    return torch.from_numpy(raw.reshape(-1, 1, 28, 28).astype(np.float32) / 255.0)


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.dense = nn.Linear(CODE, 128 * 7 * 7)
        self.norm0 = nn.BatchNorm1d(128 * 7 * 7)
        self.conv1 = nn.Conv2d(128, 64, 3, padding=1)
        self.norm1 = nn.BatchNorm2d(64)
        self.conv2 = nn.Conv2d(64, 32, 3, padding=1)
        self.norm2 = nn.BatchNorm2d(32)
        self.conv3 = nn.Conv2d(32, 1, 3, padding=1)

    def forward(self, z):
        h = F.relu(self.norm0(self.dense(z))).reshape(-1, 128, 7, 7)
        h = F.relu(self.norm1(self.conv1(F.interpolate(h, size=(14, 14), mode="nearest"))))
        h = F.relu(self.norm2(self.conv2(F.interpolate(h, size=(28, 28), mode="nearest"))))
        return torch.tanh(self.conv3(h))


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 4, stride=2, padding=1)
        self.norm2 = nn.BatchNorm2d(64)
        self.head = nn.Linear(64 * 7 * 7, 1)

    def forward(self, x):
        h = F.leaky_relu(self.conv1(x), 0.2)
        h = F.leaky_relu(self.norm2(self.conv2(h)), 0.2)
        return self.head(h.flatten(1))


def dcgan_init(module):
    if isinstance(module, (nn.Conv2d, nn.Linear)):
        nn.init.normal_(module.weight, 0.0, 0.02)
        nn.init.zeros_(module.bias)
    elif isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d)):
        nn.init.normal_(module.weight, 1.0, 0.02)
        nn.init.zeros_(module.bias)


def run(g, d, opt_g, opt_d, images, count, generator, state):
    bce = F.binary_cross_entropy_with_logits
    loss_d = loss_g = None
    for _ in range(count):
        if state["index"] >= len(images):
            state["order"], state["index"] = images[torch.randperm(len(images), generator=generator)], 0
        real = state["order"][state["index"]:state["index"] + BATCH] * 2 - 1
        state["index"] += BATCH
        fake = g(torch.randn(real.shape[0], CODE))
        real_logits, fake_logits = d(real), d(fake.detach())
        loss_d = (bce(real_logits, torch.ones_like(real_logits)) + bce(fake_logits, torch.zeros_like(fake_logits))) / 2
        opt_d.zero_grad(set_to_none=True)
        loss_d.backward()
        opt_d.step()
        fake_logits = d(fake)
        loss_g = bce(fake_logits, torch.ones_like(fake_logits))
        opt_g.zero_grad(set_to_none=True)
        loss_g.backward()
        opt_g.step()
    return loss_d.item(), loss_g.item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--threads", type=int, default=0, help="intra-op threads (0: PyTorch's default)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    images = load_images()
    g, d = Generator(), Discriminator()
    g.apply(dcgan_init)
    d.apply(dcgan_init)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} intra-op thread(s), batch {BATCH}")
    generator = torch.Generator().manual_seed(42)
    state = {"order": None, "index": len(images)}
    run(g, d, opt_g, opt_d, images, args.warmup, generator, state)
    start, cpu_start = time.perf_counter(), time.process_time()
    loss_d, loss_g = run(g, d, opt_g, opt_d, images, args.iterations, generator, state)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"gan: D loss {loss_d:.3f}, G loss {loss_g:.3f} after {args.warmup + args.iterations} iterations")
    print(f"gan: {args.iterations / cpu_seconds:.2f} iterations/cpu-s")
    print(f"gan: {args.iterations / seconds:.2f} iterations/s")


if __name__ == "__main__":
    main()
