package org.deepcanvas.nn.library;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deepcanvas.nn.Architectures;

/**
 * The list of well-known networks that can be downloaded. The bundled list can be
 * replaced (mirrors, tests) by a file or URL given on the command line or in the
 * environment variable {@value #ENVIRONMENT_VARIABLE}.
 */
public record Catalog(List<CatalogEntry> models) {
    public static final String ENVIRONMENT_VARIABLE = "DEEPCANVAS_CATALOG";
    private static final String BUNDLED = "/org/deepcanvas/nn/library/catalog.json";

    public Catalog {
        models = List.copyOf(models);
    }

    /** The catalogue at {@code location} (file path or http(s) URL), else the environment's, else the bundled one. */
    public static Catalog load(String location) throws IOException {
        String chosen = location != null ? location : System.getenv(ENVIRONMENT_VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
                return parse(in, "the bundled catalogue");
            }
        }
        if (chosen.startsWith("http://") || chosen.startsWith("https://")) {
            return parse(fetch(URI.create(chosen)), chosen);
        }
        Path file = Path.of(chosen);
        if (!Files.isRegularFile(file)) {
            throw new IOException("catalogue file not found: " + file.toAbsolutePath());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    public Optional<CatalogEntry> find(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static Catalog parse(InputStream in, String source) throws IOException {
        Catalog catalog;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            catalog = new Gson().fromJson(reader, Catalog.class);
        } catch (JsonParseException e) {
            throw new IOException(source + " is not a valid catalogue: " + e.getMessage(), e);
        }
        if (catalog == null || catalog.models() == null) {
            throw new IOException(source + " is not a valid catalogue: it has no \"models\" list");
        }
        Set<String> ids = new HashSet<>();
        for (CatalogEntry entry : catalog.models()) {
            String problem = problemWith(entry, ids);
            if (problem != null) {
                throw new IOException(source + ": " + problem);
            }
        }
        return catalog;
    }

    private static String problemWith(CatalogEntry entry, Set<String> ids) {
        if (entry.id() == null || !entry.id().matches("[a-z0-9][a-z0-9._-]*")) {
            return "model id \"" + entry.id() + "\" must be lower-case letters, digits, '.', '_' or '-'";
        }
        if (!ids.add(entry.id())) {
            return "model id " + entry.id() + " appears twice";
        }
        if (entry.url() == null || !(entry.url().startsWith("https://") || entry.url().startsWith("http://"))) {
            return "model " + entry.id() + " needs an http(s) url";
        }
        if (entry.arch() == null || !Architectures.importable().contains(entry.arch())) {
            return "model " + entry.id() + " has unknown arch \"" + entry.arch() + "\"; known: "
                    + String.join(", ", Architectures.importable());
        }
        return null;
    }

    private static InputStream fetch(URI url) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("could not fetch the catalogue " + url + " (HTTP " + response.statusCode() + ")");
            }
            return response.body();
        } catch (java.net.ConnectException | java.net.UnknownHostException e) {
            throw new IOException("cannot reach " + url.getHost() + " for the catalogue (offline?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the catalogue", e);
        }
    }
}
