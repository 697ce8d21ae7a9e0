package org.deepcanvas.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the device failures PyTorch reports in paragraphs into the one line a job's state
 * shows: a GPU out of memory (what was asked for, and what to do) and an operator Apple's
 * MPS backend lacks (which one, and how to go on).
 */
final class DeviceErrors {
    private static final Pattern OUT_OF_MEMORY = Pattern.compile("(?:CUDA|MPS backend) out of memory");
    private static final Pattern ASKED = Pattern.compile("Tried to allocate ([0-9.]+ ?(?:bytes|[KMGT]i?B))");
    private static final Pattern MPS_MISSING_OP =
            Pattern.compile("The operator '([^']+)' is not currently implemented for the MPS device");

    private DeviceErrors() {}

    /** The one-line explanation, or empty when the failure is not a known device failure. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            if (OUT_OF_MEMORY.matcher(message).find()) {
                Matcher size = ASKED.matcher(message);
                String asked = size.find() ? " (it asked for " + size.group(1) + " more)" : "";
                return Optional.of("The GPU ran out of memory" + asked
                        + ". Use a smaller image or batch, or stop other jobs, then start again.");
            }
            Matcher missing = MPS_MISSING_OP.matcher(message);
            if (missing.find()) {
                return Optional.of("Apple's GPU (MPS) cannot run " + missing.group(1)
                        + " yet. Choose CPU in Run > Compute device (or --device cpu), then start again.");
            }
        }
        return Optional.empty();
    }
}
