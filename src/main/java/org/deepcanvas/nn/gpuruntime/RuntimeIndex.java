package org.deepcanvas.nn.gpuruntime;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DJL's index of the libtorch files it publishes for one version ({@code files.txt} next
 * to them): one line per gzipped library, {@code <flavor>/<classifier>/native/lib/<name>.gz}
 * with the name URL-encoded. This is the list DJL's own {@code LibUtils} downloads from.
 */
final class RuntimeIndex {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private RuntimeIndex() {}

    /** The files of {@code flavor} for {@code classifier}, with their URLs below {@code base}. */
    static List<RuntimePart> parts(String index, URI base, String flavor, String classifier) throws IOException {
        String prefix = flavor + "/" + classifier + "/";
        List<RuntimePart> parts = new ArrayList<>();
        for (String line : index.lines().map(String::trim).toList()) {
            if (!line.startsWith(prefix) || !line.endsWith(".gz")) {
                continue;
            }
            String encoded = line.substring(line.lastIndexOf('/') + 1, line.length() - ".gz".length());
            String name = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            if (!SAFE_NAME.matcher(name).matches()) {
                throw new IOException("the runtime index names an unsafe file: " + line);
            }
            parts.add(new RuntimePart(base.resolve(line), name, -1));
        }
        if (parts.isEmpty()) {
            throw new IOException("the runtime index lists no " + flavor + " files for " + classifier);
        }
        return List.copyOf(parts);
    }
}
