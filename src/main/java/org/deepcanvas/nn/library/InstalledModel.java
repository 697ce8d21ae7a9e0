package org.deepcanvas.nn.library;

/**
 * A network in the local cache: downloaded from the catalogue or imported from a file.
 *
 * @param source the URL or file it came from
 * @param variant what a catalogue download holds; null for imported files (and for
 *     downloads made before variants existed, which were full files)
 */
public record InstalledModel(String id, String name, String arch, String source, long sizeBytes, Variant variant) {}
