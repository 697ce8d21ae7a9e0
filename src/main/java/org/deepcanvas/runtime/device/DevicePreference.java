package org.deepcanvas.runtime.device;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.deepcanvas.export.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The studio's device setting (Auto, CPU or GPU), kept in {@code device.properties} between starts. */
public final class DevicePreference {
    private static final Logger LOG = LoggerFactory.getLogger(DevicePreference.class);
    private static final String KEY = "device";

    private final Path file;

    public DevicePreference(Path settingsFolder) {
        this.file = settingsFolder.resolve("device.properties");
    }

    /** The saved choice; AUTO when none was saved or the file is unreadable. */
    public DeviceChoice load() {
        if (!Files.isRegularFile(file)) {
            return DeviceChoice.AUTO;
        }
        try (Reader in = Files.newBufferedReader(file)) {
            Properties properties = new Properties();
            properties.load(in);
            return DeviceChoice.valueOf(properties.getProperty(KEY, "auto").trim().toUpperCase(Locale.ROOT));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring the device setting in {}: {}", file, e.getMessage());
            return DeviceChoice.AUTO;
        }
    }

    public void save(DeviceChoice choice) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(KEY, choice.label());
        StringWriter text = new StringWriter();
        properties.store(text, "DeepCanvas compute device: auto, cpu or gpu (read at start-up)");
        Files.createDirectories(file.getParent());
        AtomicFiles.writeString(file, text.toString());
    }
}
