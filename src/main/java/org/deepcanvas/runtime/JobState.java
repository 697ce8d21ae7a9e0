package org.deepcanvas.runtime;

/** Where a job is in its life, with a message for the user where there is one to say. */
public record JobState(Phase phase, String message) {

    public enum Phase {
        /** Submitted, not started yet. */
        IDLE,
        RUNNING,
        PAUSED,
        /** Reached its step budget; the job is kept alive so it can still be queried. */
        COMPLETED,
        /** Stopped by the user; its resources are freed. */
        STOPPED,
        /** An exception ended it; the message says why. */
        FAILED,
        /** Its loss became NaN or infinite; paused with the last good frame kept. */
        DIVERGED
    }

    public static final JobState IDLE = new JobState(Phase.IDLE, "");

    public static JobState of(Phase phase) {
        return new JobState(phase, "");
    }

    /** True when the job will not step again until it is started afresh. */
    public boolean isFinished() {
        return phase == Phase.COMPLETED || phase == Phase.STOPPED
                || phase == Phase.FAILED || phase == Phase.DIVERGED;
    }

    @Override
    public String toString() {
        return message.isEmpty() ? phase.name() : phase + ": " + message;
    }
}
