package org.deepcanvas.nn.gpuruntime;

import java.util.List;
import org.deepcanvas.nn.library.Sizes;
import org.deepcanvas.runtime.device.CudaRuntime;

/**
 * What installing the GPU runtime will fetch, known before it starts.
 *
 * @param runtime where it goes
 * @param parts every file, with its download size
 * @param alreadyDone bytes of parts that an earlier, interrupted install already unpacked
 */
public record InstallPlan(CudaRuntime runtime, List<RuntimePart> parts, long alreadyDone) {
    /** Unpacked libraries take about this many times their gzip size (CUDA kernels compress well). */
    static final int UNPACKED_RATIO = 3;

    public InstallPlan {
        parts = List.copyOf(parts);
    }

    /** The bytes to download, all parts together. */
    public long downloadBytes() {
        return parts.stream().mapToLong(part -> Math.max(0, part.size())).sum();
    }

    /** The free disk space the install needs: the unpacked libraries and the largest download beside them. */
    public long diskNeeded() {
        long largest = parts.stream().mapToLong(RuntimePart::size).max().orElse(0);
        return UNPACKED_RATIO * (downloadBytes() - alreadyDone) + largest;
    }

    /** E.g. "27 files, 2.6 GB to download (1.1 GB of it done earlier), about 7.9 GB of disk". */
    public String describe() {
        String earlier = alreadyDone > 0 ? " (" + Sizes.describe(alreadyDone) + " of it done earlier)" : "";
        return parts.size() + " files, " + Sizes.describe(downloadBytes()) + " to download" + earlier + ", about "
                + Sizes.describe(diskNeeded()) + " of disk";
    }
}
