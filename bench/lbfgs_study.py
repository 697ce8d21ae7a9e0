#!/usr/bin/python3
"""Is a line search worth its host reads for L-BFGS on style transfer? How long a history?

The Gatys problem on the embedded random-filter texture net's architecture (random
He-normal zero-mean filters, 3/5/7/11 px then 3/5 px; content at relu2, Grams at relu1 and
relu2, means of squares, Grams averaged over positions as in nn.style.StyleLosses), on
astronaut.png as content and hubble_deep_field.jpg as style, from the content image, with
pixels 0..1 clamped after every step as the image-optimisation core does.
Counts gradient evaluations (one forward and backward each: what a step costs) and
seconds until the loss is within 10% and 2% of the best loss any method reached, for
Adam, plain gradient descent, L-BFGS without line search (as nn.optim.Lbfgs) and L-BFGS
with PyTorch's strong-Wolfe line search, which reads the loss and the directional
derivative on the host at every trial point.

Run: /usr/bin/python3 bench/lbfgs_study.py [--size 128] [--evaluations 300]
(with LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread OPENBLAS_NUM_THREADS=1)
"""
import argparse
import os
import time

import numpy as np
import torch
from PIL import Image

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'assets', 'samples')
MEAN = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
STD = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)


def load(name, side):
    image = Image.open(os.path.join(SAMPLES, name)).convert('RGB')
    w, h = image.size
    s = min(w, h)
    image = image.crop(((w - s) // 2, (h - s) // 2, (w - s) // 2 + s, (h - s) // 2 + s))
    image = image.resize((side, side), Image.BICUBIC)
    return (torch.tensor(np.asarray(image), dtype=torch.float32).permute(2, 0, 1)[None] / 255).contiguous()


def filters(inputs, count, kernel):
    w = torch.randn(count, inputs, kernel, kernel) * (2.0 / (inputs * kernel * kernel)) ** 0.5
    return w - w.mean(dim=(1, 2, 3), keepdim=True)


class TextureNet:
    def __init__(self):
        self.fine = [filters(3, 32, k) for k in (3, 5, 7, 11)]
        self.coarse = [filters(128, 32, k) for k in (3, 5)]

    def __call__(self, pixels):
        x = (pixels - MEAN) / STD

        def multi(x, ws):
            return torch.cat([torch.nn.functional.conv2d(x, w, padding=w.shape[-1] // 2) for w in ws], 1)
        relu1 = torch.relu(multi(x, self.fine))
        relu2 = torch.relu(multi(torch.nn.functional.max_pool2d(relu1, 2), self.coarse))
        return relu1, relu2


def gram(f):
    n, c, h, w = f.shape
    f = f.reshape(n, c, h * w)
    return f @ f.transpose(1, 2) / (h * w)


class Problem:
    def __init__(self, side, content_weight, style_weight, tv_weight):
        torch.manual_seed(20161116)
        self.net = TextureNet()
        self.content = load('astronaut.png', side)
        with torch.no_grad():
            self.content_target = self.net(self.content)[1]
            self.grams = [gram(f) for f in self.net(load('hubble_deep_field.jpg', side))]
        self.weights = content_weight, style_weight, tv_weight
        self.evaluations = 0

    def loss(self, x):
        self.evaluations += 1
        relu1, relu2 = self.net(x)
        content = ((relu2 - self.content_target) ** 2).mean()
        style = sum(((gram(f) - g) ** 2).mean() for f, g in zip((relu1, relu2), self.grams))
        tv = ((x[..., 1:, :] - x[..., :-1, :]) ** 2).mean() + ((x[..., :, 1:] - x[..., :, :-1]) ** 2).mean()
        cw, sw, tw = self.weights
        return cw * content + sw * style + tw * tv


def run(problem, method, budget):
    problem.evaluations = 0
    x = problem.content.clone().requires_grad_(True)
    kind, setting = method
    if kind == 'adam':
        optimizer = torch.optim.Adam([x], lr=setting)
    elif kind == 'gd':
        optimizer = torch.optim.SGD([x], lr=setting)
    else:
        line_search = 'strong_wolfe' if kind == 'lbfgs-wolfe' else None
        optimizer = torch.optim.LBFGS([x], lr=1, max_iter=1, history_size=setting, line_search_fn=line_search,
                                      tolerance_grad=-1, tolerance_change=-1)
    curve = []
    began = time.perf_counter()

    def closure():
        optimizer.zero_grad()
        loss = problem.loss(x)
        loss.backward()
        curve.append((problem.evaluations, time.perf_counter() - began, loss.item()))
        return loss

    while problem.evaluations < budget:
        optimizer.step(closure)
        with torch.no_grad():
            x.clamp_(0, 1)
    return curve, x.detach()


def reached(curve, target):
    for evaluations, seconds, loss in curve:
        if loss <= target:
            return evaluations, seconds
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--size', type=int, default=128)
    parser.add_argument('--evaluations', type=int, default=300)
    parser.add_argument('--content-weight', type=float, default=1.0)
    parser.add_argument('--style-weight', type=float, default=100.0)
    parser.add_argument('--tv-weight', type=float, default=1.0)
    parser.add_argument('--save', help='folder for each method\'s final image')
    args = parser.parse_args()
    torch.set_num_threads(1)
    problem = Problem(args.size, args.content_weight, args.style_weight, args.tv_weight)
    methods = [('gd', 1.0), ('gd', 3.0), ('adam', 0.005), ('adam', 0.01), ('adam', 0.02),
               ('lbfgs', 5), ('lbfgs', 10), ('lbfgs', 20), ('lbfgs', 100),
               ('lbfgs-wolfe', 10), ('lbfgs-wolfe', 100)]
    results = {}
    for method in methods:
        results[method] = run(problem, method, args.evaluations)
    best = min(loss for curve, _ in results.values() for _, _, loss in curve)
    print(f'size {args.size}, {args.evaluations} gradient evaluations each, best loss {best:.5g}')
    print(f'{"method":<22}{"final loss":>12}{"evals to +10%":>15}{"s to +10%":>11}{"evals to +2%":>14}{"s to +2%":>10}')
    for (kind, setting), (curve, image) in results.items():
        cells = []
        for margin in (1.10, 1.02):
            hit = reached(curve, best * margin)
            cells += [f'{hit[0]:>{15 if margin > 1.05 else 14}}', f'{hit[1]:>{11 if margin > 1.05 else 10}.2f}'] if hit \
                else [f'{"-":>{15 if margin > 1.05 else 14}}', f'{"-":>{11 if margin > 1.05 else 10}}']
        print(f'{kind + " " + str(setting):<22}{curve[-1][2]:>12.5g}' + ''.join(cells))
        if args.save:
            os.makedirs(args.save, exist_ok=True)
            pixels = image[0].permute(1, 2, 0).numpy()
            Image.fromarray((pixels * 255 + 0.5).astype(np.uint8)).save(
                os.path.join(args.save, f'{kind}-{setting}.png'))


if __name__ == '__main__':
    main()
