package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.EngineException;
import org.junit.jupiter.api.Test;

/** PyTorch's device failures, as their messages read, become one line a user can act on. */
class DeviceErrorsTest {

    @Test
    void aGpuOutOfMemorySaysWhatWasAskedForAndWhatToDo() {
        EngineException cuda = new EngineException("CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total"
                + " capacity of 7.79 GiB of which 1.03 GiB is free. Of the allocated memory 5.90 GiB is allocated by"
                + " PyTorch, and 120.00 MiB is reserved by PyTorch but unallocated.");
        RuntimeException wrapped = new RuntimeException("step failed", new EngineException(
                "MPS backend out of memory (MPS allocated: 8.92 GB, other allocations: 1.02 MB, max allowed: 9.07 GB)."
                        + " Tried to allocate 256 bytes on shared pool."));

        assertThat(DeviceErrors.describe(cuda)).hasValue("The GPU ran out of memory (it asked for 2.00 GiB more)."
                + " Use a smaller image or batch, or stop other jobs, then start again.");
        assertThat(DeviceErrors.describe(wrapped)).hasValueSatisfying(line -> assertThat(line).contains("256 bytes"));
    }

    @Test
    void anOperatorMpsLacksIsNamed() {
        EngineException missing = new EngineException("The operator 'aten::_cdist_backward' is not currently implemented"
                + " for the MPS device. If you want this op to be added in priority during the prototype phase of this"
                + " feature, please comment on https://github.com/pytorch/pytorch/issues/77764.");

        assertThat(DeviceErrors.describe(missing)).hasValue("Apple's GPU (MPS) cannot run aten::_cdist_backward yet."
                + " Choose CPU in Run > Compute device (or --device cpu), then start again.");
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        assertThat(DeviceErrors.describe(new IllegalStateException("the image is empty"))).isEmpty();
        assertThat(DeviceErrors.describe(new IllegalStateException())).isEmpty();
    }
}
