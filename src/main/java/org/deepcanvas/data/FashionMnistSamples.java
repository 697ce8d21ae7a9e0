package org.deepcanvas.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.image.Resize;

/** The first images of the bundled Fashion-MNIST test set as a dataset, resized to N x N. */
public final class FashionMnistSamples {
    private FashionMnistSamples() {}

    public static Dataset load(ImportSettings settings) throws IOException {
        FashionMnist test = FashionMnist.test();
        int count = Math.min(settings.limit(), test.count());
        List<DatasetEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = String.format("fashion-%05d (%s)", i, test.className(i));
            entries.add(new DatasetEntry(name, "bundled:fashion-mnist/t10k#" + i, FashionMnist.SIDE,
                    FashionMnist.SIDE, Resize.to(test.image(i), settings.size(), settings.size())));
        }
        return new Dataset(settings.size(), entries);
    }
}
