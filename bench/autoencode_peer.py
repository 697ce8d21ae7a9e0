#!/usr/bin/python3
"""PyTorch-eager peer of `deepcanvas bench autoencode`.

Trains the same two models on the same data with the same step as DeepCanvas and prints
images per second in the same line format:
  autoencode-conv: the course's conv autoencoder (16-16-16 filters, 4x4 stride-2 kernels,
                   dense 2-D code; decoder: nearest upsample + 3x3 conv per level)
  autoencode-vae:  the fully connected VAE (512-256-128-64, 2-D code, mirrored decoder)
Batch 100 from a fresh permutation of the 10,000 bundled Fashion-MNIST training images per
epoch, loss = per-image sum of squared errors (+ KL for the VAE), Adam 1e-3, one intra-op
thread (DeepCanvas's default; --threads N, or 0 for PyTorch's own default); images/cpu-s counts
the calling thread's CPU time, images/process-cpu-s every thread's.
Run: /usr/bin/python3 bench/autoencode_peer.py [--steps 200] [--warmup 300] [--threads 1] [--turns]
"""
import argparse
import gzip
import pathlib
import time

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F

import turns

ASSETS = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fashion-mnist"
BATCH = 100


def load_images():
    with gzip.open(ASSETS / "train-10k-images-idx3-ubyte.gz", "rb") as f:
        raw = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
    return torch.from_numpy(raw.reshape(-1, 1, 28, 28).astype(np.float32) / 255.0)


class ConvAutoencoder(nn.Module):
    def __init__(self, filters=(16, 16, 16), code=2):
        super().__init__()
        layers, channels, self.sizes = [], 1, [28]
        for f in filters:
            layers += [nn.Conv2d(channels, f, 4, stride=2, padding=1), nn.ReLU()]
            channels = f
            self.sizes.append((self.sizes[-1] + 2 - 4) // 2 + 1)
        self.encoder = nn.Sequential(*layers, nn.Flatten(), nn.Linear(channels * self.sizes[-1] ** 2, code))
        self.filters = filters
        self.dense = nn.Linear(code, channels * self.sizes[-1] ** 2)
        outs = list(reversed(filters[:-1])) + [1]
        self.convs = nn.ModuleList(nn.Conv2d(i, o, 3, padding=1) for i, o in zip(reversed(filters), outs))

    def forward(self, x):
        z = self.encoder(x)
        h = F.relu(self.dense(z)).reshape(-1, self.filters[-1], self.sizes[-1], self.sizes[-1])
        for level, conv in enumerate(self.convs):
            h = F.interpolate(h, size=(self.sizes[-2 - level],) * 2, mode="nearest")
            h = conv(h)
            h = torch.sigmoid(h) if level == len(self.convs) - 1 else F.relu(h)
        return ((h - x) ** 2).sum() / x.shape[0]


class FullyConnectedVae(nn.Module):
    def __init__(self, widths=(512, 256, 128, 64), code=2):
        super().__init__()
        enc, n = [nn.Flatten()], 784
        for w in widths:
            enc += [nn.Linear(n, w), nn.ReLU()]
            n = w
        self.encoder = nn.Sequential(*enc, nn.Linear(n, 2 * code))
        dec, n = [], code
        for w in reversed(widths):
            dec += [nn.Linear(n, w), nn.ReLU()]
            n = w
        self.decoder = nn.Sequential(*dec, nn.Linear(n, 784), nn.Sigmoid())

    def forward(self, x):
        mean, log_var = self.encoder(x).chunk(2, dim=1)
        z = mean + torch.exp(0.5 * log_var) * torch.randn_like(mean)
        recon = self.decoder(z).reshape(x.shape)
        reconstruction = ((recon - x) ** 2).sum() / x.shape[0]
        kl = 0.5 * (log_var.exp() + mean ** 2 - log_var - 1).sum() / x.shape[0]
        return reconstruction + kl


class Training:
    """One model's Adam and its epochs' order, kept from the warm-up through every turn."""

    def __init__(self, name, model, images):
        self.name, self.model, self.images = name, model, images
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.generator = torch.Generator().manual_seed(42)
        self.order, self.index, self.steps_done = None, len(images), 0

    def run(self, steps):
        loss = None
        for _ in range(steps):
            if self.index >= len(self.images):
                self.order, self.index = self.images[torch.randperm(len(self.images), generator=self.generator)], 0
            batch = self.order[self.index:self.index + BATCH]
            self.index += BATCH
            self.optimizer.zero_grad(set_to_none=True)
            loss = self.model(batch)
            loss.backward()
            self.optimizer.step()
        self.steps_done += steps
        return loss.item()

    def measure(self, steps):
        start, cpu_start, process_start = time.perf_counter(), time.thread_time(), time.process_time()
        loss = self.run(steps)
        seconds, cpu_seconds = time.perf_counter() - start, time.thread_time() - cpu_start
        process_seconds = time.process_time() - process_start
        print(f"{self.name}: loss {loss:.2f} after {self.steps_done} steps")
        print(f"{self.name}: {steps * BATCH / seconds:.0f} images/s")
        print(f"{self.name}: {steps * BATCH / cpu_seconds:.0f} images/cpu-s")
        print(f"{self.name}: {steps * BATCH / process_seconds:.0f} images/process-cpu-s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=300, help="as many as `bench autoencode` takes")
    parser.add_argument("--threads", type=int, default=1)
    turns.add_option(parser)
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    images = load_images()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), batch {BATCH}, {args.steps} steps")
    trainings = [Training("autoencode-conv", ConvAutoencoder(), images),
                 Training("autoencode-vae", FullyConnectedVae(), images)]
    for training in trainings:
        training.run(args.warmup)
    turns.measure(args.turns, lambda: [training.measure(args.steps) for training in trainings])


if __name__ == "__main__":
    main()
