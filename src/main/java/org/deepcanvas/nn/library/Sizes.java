package org.deepcanvas.nn.library;

import java.util.Locale;

/** Byte counts for people: "553.4 MB". */
public final class Sizes {
    private Sizes() {}

    public static String describe(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
