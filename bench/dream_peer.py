"""The PyTorch eager peer of `deepcanvas bench dream`: the identical workload.

VGG-16's features up to relu4_3 with random weights of the real shapes, one 1x3xSxS image
of uniform noise around mid-grey; one step = normalise with ImageNet's mean and std,
forward, mean of relu4_3, backward to the image, image -= 0.01 * g / (mean |g| + 1e-8),
clamp to 0..1. Last line: `dream-<size>: <N> steps/s`.
Run with /usr/bin/python3 (Debian's python3-torch); never a runtime dependency.
"""
import argparse

import torch
from torch import nn

from image_step_timing import time_steps

# VGG-16's convolutions per block, to relu4_3 (the blocks' widths: 64, 128, 256, 512)
BLOCKS = [(64, 2), (128, 2), (256, 3), (512, 3)]


def features_to_relu4_3():
    layers = []
    channels = 3
    for index, (width, convs) in enumerate(BLOCKS):
        for _ in range(convs):
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
            channels = width
        if index < len(BLOCKS) - 1:
            layers.append(nn.MaxPool2d(2))
    return nn.Sequential(*layers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0, help="intra-op threads (0: PyTorch's default)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    net = features_to_relu4_3().eval()
    for p in net.parameters():
        p.requires_grad_(False)
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    image = (0.5 + 0.2 * (torch.rand(1, 3, args.size, args.size) - 0.5)).requires_grad_(True)

    def step():
        loss = net((image - mean) / std).mean()
        loss.backward()
        with torch.no_grad():
            g = image.grad
            image.sub_(0.01 * g / (g.abs().mean() + 1e-8))
            image.clamp_(0, 1)
            g.zero_()

    time_steps("dream", args.size, step, args.warmup, args.steps)

if __name__ == "__main__":
    main()
