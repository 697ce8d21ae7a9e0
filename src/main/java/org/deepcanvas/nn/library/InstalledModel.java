package org.deepcanvas.nn.library;

/**
 * A network in the local cache: downloaded from the catalogue or imported from a file.
 *
 * @param source the URL or file it came from
 */
public record InstalledModel(String id, String name, String arch, String source, long sizeBytes) {}
