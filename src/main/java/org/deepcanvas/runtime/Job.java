package org.deepcanvas.runtime;

import java.util.Optional;
import org.deepcanvas.image.ArgbImage;

/**
 * An experiment as a cooperative step machine. Every method runs on the runtime's single
 * compute thread, so a job may keep NDArrays in fields without locking.
 *
 * <p>Life cycle: {@code start} once, then {@code step} many times (each inside an
 * {@code NDScope}: arrays kept across steps must be {@code NDScope.unregister}ed and
 * belong to {@link JobContext#manager()}), {@code render} whenever a frame is due, and
 * {@code close} once. A restart closes the job and starts it again on the same object.
 *
 * @param <S> the job's settings: an immutable record the UI replaces as a whole
 */
public interface Job<S> {

    /** Allocates the network, optimiser state and data. */
    void start(S settings, JobContext context) throws Exception;

    /**
     * One bounded optimisation step with the latest settings. Return the step's metrics
     * lazily ({@link StepResult#loss}); the runtime reads them on the host only when a
     * sample or frame is due, so most steps never wait for the device.
     */
    StepResult step(S settings) throws Exception;

    /** Renders what the job has learned so far; called only when a frame is due. */
    ArgbImage render(S settings) throws Exception;

    /**
     * Why changing {@code current} to {@code next} needs a fresh start (for example
     * "layer count changed"), or empty when the job can carry on with {@code next}.
     */
    default Optional<String> restartReason(S current, S next) {
        return Optional.empty();
    }

    /** What the job's steps compute, which decides their intra-op threads ({@link ThreadPolicy}). */
    default ThreadPolicy.Workload workload(S settings) {
        return ThreadPolicy.Workload.SMALL_TENSORS;
    }

    /** The fewest steps between two frames; time throttling comes on top. */
    default int drawInterval(S settings) {
        return 1;
    }

    /** Frees everything {@code start} allocated. Must tolerate a partly started job. */
    void close();
}
