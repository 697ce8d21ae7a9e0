package org.deepcanvas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.deepcanvas.image.ArgbImage;
import org.w3c.dom.Node;

/**
 * Writes PNGs that carry the settings they were made with, twice: in a PNG text chunk
 * (travels with the file) and in a JSON sidecar next to it (easy to read and diff).
 */
public final class PngExport {
    /** The keyword of the tEXt chunk that holds the settings JSON. */
    public static final String SETTINGS_KEYWORD = "deepcanvas:settings";

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngExport() {}

    /**
     * Writes the image with its settings in a text chunk, then the sidecar. Every export
     * carries settings, so a sidecar never describes an older image of the same name.
     */
    public static void write(ArgbImage image, Path target, Provenance provenance) throws IOException {
        String json = provenance.toJson();
        AtomicFiles.write(target, out -> {
            BufferedImage pixels = toBufferedImage(image);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(pixels), param);
                metadata.mergeTree(PNG_FORMAT, settingsChunk(json));
                writer.write(null, new IIOImage(pixels, null, metadata), param);
            } finally {
                writer.dispose();
            }
        });
        AtomicFiles.writeString(sidecarOf(target), json);
    }

    /** The sidecar of {@code name.png} is {@code name.json} in the same folder. */
    public static Path sidecarOf(Path png) {
        String name = png.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return png.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    /**
     * The settings of a PNG: from its text chunk, else from its sidecar, else empty.
     *
     * @throws IllegalArgumentException if the settings found are not valid
     */
    public static Optional<Provenance> readProvenance(Path png) throws IOException {
        Optional<String> embedded = readSettingsChunk(png);
        if (embedded.isPresent()) {
            return Optional.of(Provenance.fromJson(embedded.get()));
        }
        Path sidecar = sidecarOf(png);
        if (Files.isRegularFile(sidecar)) {
            return Optional.of(Provenance.fromJson(Files.readString(sidecar, StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    private static Optional<String> readSettingsChunk(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in, true, false);
                Node root = reader.getImageMetadata(0).getAsTree(PNG_FORMAT);
                return findTextEntry(root);
            } catch (IOException e) {
                throw new IOException("cannot read " + png + " as PNG: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<String> findTextEntry(Node root) {
        for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
            if (!chunk.getNodeName().equals("tEXt")) {
                continue;
            }
            for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                IIOMetadataNode node = (IIOMetadataNode) entry;
                if (SETTINGS_KEYWORD.equals(node.getAttribute("keyword"))) {
                    return Optional.of(node.getAttribute("value"));
                }
            }
        }
        return Optional.empty();
    }

    private static IIOMetadataNode settingsChunk(String json) {
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", SETTINGS_KEYWORD);
        entry.setAttribute("value", asciiOnly(json));
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(text);
        return root;
    }

    /** tEXt holds Latin-1 only; JSON \\u escapes keep any name or path intact in it. */
    private static String asciiOnly(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Opaque images are written without an alpha channel, which makes smaller files. */
    private static BufferedImage toBufferedImage(ArgbImage image) {
        for (int argb : image.pixels()) {
            if (argb >>> 24 != 0xFF) {
                return image.toBufferedImage();
            }
        }
        BufferedImage rgb = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
        return rgb;
    }
}
