package org.deepcanvas.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes the good and bad image files the tests need, all generated, nothing committed. */
public final class ImageCorpus {
    private ImageCorpus() {}

    public static BufferedImage solid(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    public static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format + " " + image.getType());
        }
        return file;
    }

    public static Path truncatedJpeg(Path file) throws IOException {
        Path whole = write(noise(64, 48), "jpg", file);
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A PNG whose compressed pixel data is overwritten with garbage. */
    public static Path corruptPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(write(noise(32, 32), "png", file));
        int data = indexOf(bytes, "IDAT") + 8;
        for (int i = data; i < Math.min(bytes.length - 16, data + 200); i++) {
            bytes[i] = (byte) (i * 37);
        }
        return Files.write(file, bytes);
    }

    public static Path text(Path file) throws IOException {
        return Files.writeString(file, "Hello, this is a shopping list, not a photo.\nmilk\neggs\n");
    }

    /** A PNG header that claims width x height pixels, followed by no real image data. */
    public static Path hugePngHeader(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeBytes("IHDR");
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(ihdr.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(ihdr.toByteArray());
        out.writeInt((int) crc.getValue());
        return Files.write(file, bytes.toByteArray());
    }

    public static BufferedImage grey16(int width, int height, int sample) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        fill(image.getRaster(), sample);
        return image;
    }

    /** A 16-bit-per-channel RGB image, as PNGs from photo editors often are. */
    public static BufferedImage rgb16(int width, int height, int red, int green, int blue) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        fill(raster, red, green, blue);
        return new BufferedImage(model, raster, false, null);
    }

    public static BufferedImage grey8(int width, int height, int sample) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        fill(image.getRaster(), sample);
        return image;
    }

    public static BufferedImage greyAlpha(int width, int height, int grey, int alpha) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        fill(raster, grey, alpha);
        return new BufferedImage(model, raster, false, null);
    }

    /** A 4-colour palette PNG source image, filled with palette entry 2 (0x336699). */
    public static BufferedImage palette(int width, int height) {
        byte[] r = {0, (byte) 0xFF, 0x33, 0};
        byte[] g = {0, 0, 0x66, (byte) 0xFF};
        byte[] b = {0, 0, (byte) 0x99, 0};
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 4, r, g, b));
        fill(image.getRaster(), 2);
        return image;
    }

    /**
     * A CMYK JPEG the way Photoshop writes it: an Adobe APP14 marker (transform 0) and
     * inverted ink values. {@code ink} is C, M, Y, K from 0 (none) to 255 (full).
     */
    public static Path cmykJpeg(Path file, int width, int height, int... ink) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        fill(raster, 255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = encoded.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream withMarker = new ByteArrayOutputStream();
        withMarker.write(jpeg, 0, 2);
        withMarker.write(adobe);
        withMarker.write(jpeg, 2, jpeg.length - 2);
        return Files.write(file, withMarker.toByteArray());
    }

    /** Rewrites a JPEG with an EXIF block that records the given orientation (1..8). */
    public static Path withExifOrientation(Path jpeg, int orientation) throws IOException {
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(exif);
        out.writeShort(0xFFE1);
        out.writeShort(34);
        out.writeBytes("Exif\0\0MM");
        out.writeShort(42);
        out.writeInt(8);
        out.writeShort(1);
        out.writeShort(0x0112);
        out.writeShort(3);
        out.writeInt(1);
        out.writeShort(orientation);
        out.writeShort(0);
        out.writeInt(0);
        byte[] original = Files.readAllBytes(jpeg);
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.write(original, 0, 2);
        result.write(exif.toByteArray());
        result.write(original, 2, original.length - 2);
        return Files.write(jpeg, result.toByteArray());
    }

    /** An animated GIF whose frames have the given colours. */
    public static Path animatedGif(Path file, Color... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color colour : frames) {
                writer.writeToSequence(new IIOImage(solid(20, 20, colour), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    public static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static void fill(WritableRaster raster, int... samples) {
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                raster.setPixel(x, y, samples);
            }
        }
    }

    private static int indexOf(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }
}
