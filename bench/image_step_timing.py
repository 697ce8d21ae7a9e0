"""Times an image-optimisation peer's steps and prints the lines its `deepcanvas bench` twin
prints (dream_peer.py, style_peer.py): steps and seconds, peak resident memory, steps per
CPU second, and last `<name>-<size>: <N> steps/s`."""
import resource
import time

import torch


def time_steps(name, size, step, warmup, steps):
    for _ in range(warmup):
        step()
    began = time.perf_counter()
    cpu_began = time.process_time()
    for _ in range(steps):
        step()
    seconds = time.perf_counter() - began
    cpu_seconds = time.process_time() - cpu_began
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{steps} steps at {size} px in {seconds:.2f} s ({cpu_seconds:.2f} s of CPU time), "
          f"{torch.get_num_threads()} threads")
    print(f"peak resident memory: {peak_mib:.0f} MiB")
    print(f"per CPU second: {steps / cpu_seconds:.3f} steps")
    print(f"{name}-{size}: {steps / seconds:.3f} steps/s")
