package org.deepcanvas.image;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image files safely: the header is checked before any pixel is decoded, large
 * images are decoded at reduced resolution, and every failure becomes an
 * {@link UnusableImageException} with a reason a user understands. Multi-frame files
 * (animated GIF, multi-page TIFF) give their first frame; JPEGs are turned upright by
 * their EXIF orientation. The result is opaque sRGB, transparency composited over white.
 */
public final class ImageLoader {
    /** Images wider or taller than this are refused before decoding. */
    public static final int MAX_SIDE = 16_384;
    /** Images with more pixels than this are refused before decoding. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Images with a side shorter than this are refused: too little to crop and resize. */
    public static final int MIN_SIDE = 8;

    /** Enough of the file's start to recognise its content and find a JPEG's EXIF orientation. */
    private static final int HEAD_BYTES = 64 * 1024;

    private ImageLoader() {}

    /** Loads a file; decodes at a reduced resolution whose short side is still >= neededShortSide. */
    public static LoadedImage load(Path file, int neededShortSide) throws UnusableImageException {
        return load(file, neededShortSide, () -> false);
    }

    /** Like {@link #load(Path, int)}, but throws CancellationException soon after cancelled turns true. */
    public static LoadedImage load(Path file, int neededShortSide, BooleanSupplier cancelled)
            throws UnusableImageException {
        checkReadableFile(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnusableImageException(ImageProblem.UNREADABLE, "cannot open the file");
            }
            return decode(in, neededShortSide, cancelled);
        } catch (IOException e) {
            throw UnusableImageException.fromFileError(e);
        }
    }

    /** Loads an image from a stream (e.g. a classpath resource), like {@link #load(Path, int)}. */
    public static LoadedImage load(InputStream stream, int neededShortSide) throws UnusableImageException {
        return load(stream, neededShortSide, () -> false);
    }

    /** Loads an image from a stream, like {@link #load(Path, int, BooleanSupplier)}. */
    public static LoadedImage load(InputStream stream, int neededShortSide, BooleanSupplier cancelled)
            throws UnusableImageException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(stream)) {
            return decode(in, neededShortSide, cancelled);
        } catch (IOException e) {
            throw UnusableImageException.fromFileError(e);
        }
    }

    private static void checkReadableFile(Path file) throws UnusableImageException {
        try {
            Path target = file.toRealPath(); // follows links; fails on a link loop or a missing file
            if (!Files.isRegularFile(target)) {
                throw new UnusableImageException(ImageProblem.UNREADABLE, "not a regular file");
            }
            if (!Files.isReadable(target)) {
                throw new UnusableImageException(ImageProblem.UNREADABLE, "no permission to read the file");
            }
            if (Files.size(target) == 0) {
                throw new UnusableImageException(ImageProblem.EMPTY_FILE, "empty file (0 bytes)");
            }
        } catch (IOException e) {
            throw UnusableImageException.fromFileError(e);
        }
    }

    private static LoadedImage decode(ImageInputStream in, int neededShortSide, BooleanSupplier cancelled)
            throws IOException, UnusableImageException {
        byte[] head = peek(in);
        if (head.length == 0) {
            throw new UnusableImageException(ImageProblem.EMPTY_FILE, "empty file (0 bytes)");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw FormatSniffer.unrecognised(head);
        }
        ImageReader reader = readers.next();
        String format = reader.getFormatName().toUpperCase(Locale.ROOT);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener(collectInto(warnings));
        reader.addIIOReadProgressListener(new AbortOnCancel(cancelled));
        try {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(width, height);
            BufferedImage image = reader.read(0, subsampled(reader, width, height, neededShortSide));
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("image loading was cancelled");
            }
            if (warnings.stream().anyMatch(ImageLoader::saysTruncated)) {
                throw truncated(format, null);
            }
            int orientation = ExifOrientation.read(head);
            ArgbImage upright = ExifOrientation.upright(OpaqueSrgb.of(image), orientation);
            return ExifOrientation.swapsSides(orientation)
                    ? new LoadedImage(upright, height, width, format)
                    : new LoadedImage(upright, width, height, format);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw isTruncation(e) ? truncated(format, e) : new UnusableImageException(
                    ImageProblem.CORRUPT, "corrupt " + format + " (" + describe(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new UnusableImageException(ImageProblem.TOO_LARGE, "too large to decode in the memory available");
        } finally {
            reader.dispose();
        }
    }

    private static byte[] peek(ImageInputStream in) throws IOException {
        in.mark();
        byte[] buffer = new byte[HEAD_BYTES];
        int read = 0;
        int n;
        while (read < buffer.length && (n = in.read(buffer, read, buffer.length - read)) > 0) {
            read += n;
        }
        in.reset();
        return Arrays.copyOf(buffer, read);
    }

    private static void checkSize(int width, int height) throws UnusableImageException {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new UnusableImageException(ImageProblem.TOO_LARGE, String.format(
                    "image header claims %dx%d pixels (limit: %d per side, %d megapixels)",
                    width, height, MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new UnusableImageException(ImageProblem.TOO_SMALL, String.format(
                    "too small: %dx%d pixels (at least %dx%d needed)", width, height, MIN_SIDE, MIN_SIDE));
        }
    }

    private static ImageReadParam subsampled(ImageReader reader, int width, int height, int neededShortSide) {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.min(width, height) / Math.max(1, neededShortSide));
        param.setSourceSubsampling(step, step, 0, 0);
        return param;
    }

    private static IIOReadWarningListener collectInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    private static boolean saysTruncated(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return lower.contains("premature end") || lower.contains("end of file");
    }

    private static boolean isTruncation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || saysTruncated(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static UnusableImageException truncated(String format, Throwable cause) {
        return new UnusableImageException(ImageProblem.TRUNCATED, "truncated " + format + " (the file ends early)", cause);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
