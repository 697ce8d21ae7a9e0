package org.deepcanvas;

/**
 * System properties DJL reads once, before its engine first loads: never reach the
 * network at start-up, and use one intra-op thread, which is several times faster for
 * the small tensors most experiments use (see DJL-NOTES.md). A property given on the
 * command line wins.
 */
public final class EngineDefaults {
    private EngineDefaults() {}

    public static void apply() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
