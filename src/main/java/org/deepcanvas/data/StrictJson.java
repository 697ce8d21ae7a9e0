package org.deepcanvas.data;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads JSON that came from a file the user (or anyone) may have edited: strictly (no
 * comments, NaN or single quotes), with a low nesting limit, and with failures turned into
 * one line that says where the text breaks instead of Gson's paragraph.
 */
public final class StrictJson {
    private static final int NESTING_LIMIT = 32;

    private StrictJson() {}

    /** The one JSON value in {@code text}; {@code source} names the file in messages. */
    public static JsonElement parse(String text, String source) throws IOException {
        try {
            JsonReader reader = reader(text);
            JsonElement element = JsonParser.parseReader(reader);
            requireEnd(reader);
            return element;
        } catch (RuntimeException | IOException e) {
            throw new IOException(source + " is not valid JSON: " + describe(e), e);
        }
    }

    /**
     * {@code text} bound to {@code type} by {@code gson}. A value that a record's constructor
     * refuses is reported with the field it sits in and the constructor's own message, e.g.
     * "settings.architecture: layer sizes must be 1..4096, got [0]".
     */
    public static <T> T read(Gson gson, String text, Class<T> type, String source) throws IOException {
        return read(gson, text, TypeToken.get(type), source);
    }

    /** As {@link #read(Gson, String, Class, String)}, for generic types such as a map of records. */
    public static <T> T read(Gson gson, String text, TypeToken<T> type, String source) throws IOException {
        JsonReader reader = reader(text);
        try {
            T value = gson.fromJson(reader, type);
            requireEnd(reader);
            return value;
        } catch (RuntimeException | IOException e) {
            throw new IOException(source + " is damaged: " + problem(e, reader.getPath()), e);
        }
    }

    /** The most telling line of a JSON failure, e.g. "malformed JSON at line 1 column 3 (field a.b)". */
    public static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        int advice = message.indexOf("\nSee ");
        if (advice >= 0) {
            message = message.substring(0, advice);
        }
        return message.replaceAll("^(\\S+Exception: )+", "")
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON")
                .replaceAll(" path \\$\\.?$", "")
                .replaceAll(" path \\$\\.(\\S+)$", " (field $1)")
                .strip();
    }

    /**
     * Gson wraps what a record's constructor throws in a RuntimeException of its own ("Failed
     * to invoke constructor ... with args ..."): the constructor's message, or for anything
     * else it threw (a missing list) a plain sentence, goes with the field it sits in.
     */
    private static String problem(Exception failure, String path) {
        boolean constructor = failure.getMessage() != null && failure.getMessage().startsWith("Failed to invoke constructor");
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused && !(refused instanceof NumberFormatException)) {
                return field(path) + refused.getMessage();
            }
        }
        return constructor ? field(path) + "a value is missing or of the wrong kind" : describe(failure);
    }

    private static String field(String path) {
        String field = path.replaceFirst("^\\$\\.?", "");
        return field.isEmpty() ? "" : field + ": ";
    }

    private static JsonReader reader(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        return reader;
    }

    private static void requireEnd(JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new IOException("unexpected text after the JSON value at " + reader.getPath());
        }
    }
}
