# Makes tiny-features.pt for TorchScriptNetTest (run with PyTorch; this copy came from 2.11).
# Its outputs for torch.linspace(0, 1, 192).reshape(1, 3, 8, 8): relu1 sums to 28.8136, relu2 to 0.58180.
import torch


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv1 = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = torch.nn.Conv2d(4, 2, 3, padding=1)

    def forward(self, x):
        a = torch.relu(self.conv1(x))
        b = torch.relu(self.conv2(torch.nn.functional.max_pool2d(a, 2)))
        return {"relu1": a, "relu2": b}


torch.jit.script(Tiny().eval()).save("tiny-features.pt")
