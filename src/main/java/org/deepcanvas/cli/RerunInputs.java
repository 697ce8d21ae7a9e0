package org.deepcanvas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deepcanvas.export.FileHashes;
import org.deepcanvas.export.InputFile;

/**
 * The inputs a result was made from, found again: where its provenance says they were, else
 * beside the result, else in a folder the user names. A file must still have the hash it had
 * then; a set of files from a folder is compared after the rerun (the command's import decides
 * which of its files it uses), see {@link #changedSets}.
 */
final class RerunInputs {
    private final Map<String, InputFile> recorded = new LinkedHashMap<>();
    private final Map<String, Path> found = new LinkedHashMap<>();

    private RerunInputs() {}

    /**
     * Finds the first input of each role (the experiments that rerun have one per role).
     *
     * @param searchFolder another place to look, or null
     */
    static RerunInputs find(List<InputFile> inputs, Path result, Path searchFolder) throws IOException {
        RerunInputs located = new RerunInputs();
        for (InputFile input : inputs) {
            if (located.recorded.putIfAbsent(input.role(), input) == null && !input.isBundled()) {
                located.found.put(input.role(), locate(input, candidates(input, result, searchFolder)));
            }
        }
        return located;
    }

    /** Whether the result had an input in this role. */
    boolean has(String role) {
        return recorded.containsKey(role);
    }

    boolean isBundled(String role) {
        return has(role) && recorded.get(role).isBundled();
    }

    /** Where the input of this role is now. */
    Path path(String role) {
        Path path = found.get(role);
        if (path == null) {
            throw new CommandFailure("the result records no " + role + " file to read");
        }
        return path;
    }

    /** The sets of files whose hash differs in the rerun's own provenance, by role. */
    List<String> changedSets(List<InputFile> rerun) {
        List<String> changed = new ArrayList<>();
        for (InputFile now : rerun) {
            InputFile then = recorded.get(now.role());
            if (then != null && then.isFileSet() && !now.sha256().equals(then.sha256())) {
                changed.add(now.role() + " " + now.name() + " (" + then.files() + " files then, " + now.files()
                        + " now)");
            }
        }
        return changed;
    }

    private static List<Path> candidates(InputFile input, Path result, Path searchFolder) {
        List<Path> places = new ArrayList<>();
        places.add(Path.of(input.path()));
        if (searchFolder != null) {
            places.add(searchFolder.resolve(input.name()));
        }
        Path resultFolder = result.toAbsolutePath().getParent();
        places.add(resultFolder.resolve(input.name()));
        return places;
    }

    private static Path locate(InputFile input, List<Path> places) throws IOException {
        Optional<Path> changed = Optional.empty();
        for (Path place : places) {
            if (input.isFileSet() && Files.isDirectory(place)) {
                return place;
            }
            if (!input.isFileSet() && Files.isRegularFile(place)) {
                if (input.sha256() == null || FileHashes.sha256(place).equals(input.sha256())) {
                    return place;
                }
                changed = changed.or(() -> Optional.of(place));
            }
        }
        String what = input.role() + " " + input.name();
        if (changed.isPresent()) {
            throw new CommandFailure("the " + what + " has changed since the result was made (" + changed.get()
                    + " has another SHA-256); a rerun needs the original");
        }
        throw new CommandFailure("the " + what + " is not at " + input.path() + " nor beside the result;"
                + " give --inputs FOLDER where it is now");
    }
}
