package org.deepcanvas.runtime.device;

import java.nio.file.Path;

/**
 * The engine's start-up plan for this process. DJL reads its native-library settings once,
 * when the engine first loads, so the device is chosen once too: the studio passes its
 * saved setting and the CLI its {@code --device} option before any job starts; whoever
 * asks first for the plan without choosing gets AUTO.
 */
public final class EngineStartup {
    /** Overrides the settings folder ({@code ~/.deepcanvas}), for tests and portable installs. */
    public static final String SETTINGS_FOLDER_PROPERTY = "deepcanvas.home";

    private static DeviceChoice choice = DeviceChoice.AUTO;
    private static boolean choiceRequired;
    private static EnginePlan plan;

    private EngineStartup() {}

    /** What {@code device} would give on this machine, without choosing it. */
    public static EnginePlan planFor(DeviceChoice device) {
        return EnginePlanner.plan(device, EngineFacts.ofThisMachine(guard()));
    }

    /**
     * Chooses the device for this process.
     *
     * @param required fail instead of falling back to the CPU when the device cannot be used
     *     (the CLI's explicit {@code --device}); the studio falls back and says why
     * @throws IllegalStateException when the engine was already planned for a different start
     */
    public static synchronized void choose(DeviceChoice device, boolean required) {
        if (plan == null) {
            choice = device;
            choiceRequired = required;
            return;
        }
        if (!planFor(device).sameEngineAs(plan)) {
            throw new IllegalStateException("the engine was already set up for " + plan.summary()
                    + "; the device is chosen once, before the engine starts");
        }
    }

    /** The plan, made on first use from this machine's facts. */
    public static synchronized EnginePlan plan() {
        if (plan == null) {
            plan = planFor(choice);
        }
        return plan;
    }

    /** Whether a device that fails to load should fail the engine rather than fall back to the CPU. */
    public static synchronized boolean choiceRequired() {
        return choiceRequired;
    }

    /** The folder for the device setting and the start-up guard: {@code ~/.deepcanvas}. */
    public static Path settingsFolder() {
        String configured = System.getProperty(SETTINGS_FOLDER_PROPERTY);
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".deepcanvas");
    }

    public static GpuStartGuard guard() {
        return new GpuStartGuard(settingsFolder());
    }
}
