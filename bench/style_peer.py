#!/usr/bin/python3
"""The PyTorch eager peer of `deepcanvas bench style`: the identical workload.

VGG-19's features up to relu5_1 with random weights of the real shapes; the content is the
painter's benchmark picture and the style a picture of colour waves (both from the formulas
in BenchmarkImage.java), SxS; the image starts as the content. One step = normalise with
ImageNet's mean and std, forward, content loss at relu4_2 (mean squared distance), style
loss at relu1_1, relu2_1, relu3_1, relu4_1, relu5_1 (Gram matrices F F^T / (H W), mean
squared distance to the style's), total variation (mean of dx^2 + dy^2), weights 1, 1000
and 1, backward to the image, one Adam step (lr 0.02), clamp to 0..1.
Last line: `style-<size>: <N> steps/s`.
Run with /usr/bin/python3 (Debian's python3-torch); never a runtime dependency.
"""
import argparse
import math

import torch
from torch import nn

from image_step_timing import time_steps

# VGG-19's convolutions per block; the last block only to relu5_1
BLOCKS = [(64, 2), (128, 2), (256, 4), (512, 4), (512, 1)]
CONTENT = "relu4_2"
STYLE = ["relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1"]


def features_to_relu5_1():
    layers, names, channels = [], [], 3
    for block, (width, convs) in enumerate(BLOCKS, start=1):
        for conv in range(1, convs + 1):
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
            names += [f"conv{block}_{conv}", f"relu{block}_{conv}"]
            channels = width
        if block < len(BLOCKS):
            layers.append(nn.MaxPool2d(2))
            names.append(f"pool{block}")
    return layers, names


def picture(side, formula):
    def to_byte(unit):
        return math.floor(unit * 255 + 0.5)

    pixels = torch.empty(3, side, side)
    for y in range(side):
        for x in range(side):
            for c, value in enumerate(formula(x, y, side)):
                pixels[c, y, x] = to_byte(value) / 255.0
    return pixels[None]


def benchmark(x, y, side):
    dx, dy = x - side * 0.6, y - side * 0.4
    return (0.5 + 0.5 * math.sin(x * 0.12) * math.cos(y * 0.07), (x + y) / (2.0 * (side - 1)),
            0.9 if dx * dx + dy * dy < side * side * 0.06 else 0.2)


def waves(x, y, side):
    return 0.5 + 0.5 * math.sin((x + y) * 0.3), 0.5 + 0.5 * math.cos(x * 0.2), 0.5 + 0.4 * math.sin(y * 0.45)


def gram(f):
    n, c, h, w = f.shape
    f = f.reshape(n, c, h * w)
    return f @ f.transpose(1, 2) / (h * w)


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
    layers, names = features_to_relu5_1()
    for layer in layers:
        for p in layer.parameters():
            p.requires_grad_(False)
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    taps = set(STYLE + [CONTENT])

    def forward(pixels):
        x, out = (pixels - mean) / std, {}
        for layer, name in zip(layers, names):
            x = layer(x)
            if name in taps:
                out[name] = x
        return out

    content = picture(args.size, benchmark)
    with torch.no_grad():
        content_target = forward(content)[CONTENT]
        style_targets = {name: gram(f) for name, f in forward(picture(args.size, waves)).items() if name in STYLE}
    image = content.clone().requires_grad_(True)
    optimizer = torch.optim.Adam([image], lr=0.02)

    def step():
        optimizer.zero_grad()
        out = forward(image)
        content_loss = ((out[CONTENT] - content_target) ** 2).mean()
        style_loss = sum(((gram(out[name]) - style_targets[name]) ** 2).mean() for name in STYLE)
        corner = image[:, :, :-1, :-1]
        tv = ((image[:, :, :-1, 1:] - corner) ** 2 + (image[:, :, 1:, :-1] - corner) ** 2).mean()
        (content_loss + 1000 * style_loss + tv).backward()
        optimizer.step()
        with torch.no_grad():
            image.clamp_(0, 1)

    time_steps("style", args.size, step, args.warmup, args.steps)

if __name__ == "__main__":
    main()
