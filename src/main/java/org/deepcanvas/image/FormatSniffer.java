package org.deepcanvas.image;

import java.nio.charset.StandardCharsets;

/** Names what a file is when no image reader recognises it, from its first bytes. */
final class FormatSniffer {
    private FormatSniffer() {}

    static UnusableImageException unrecognised(byte[] head) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("ftyp", 4) && (ascii.startsWith("heic", 8) || ascii.startsWith("heix", 8)
                || ascii.startsWith("mif1", 8) || ascii.startsWith("avif", 8))) {
            return unsupported("HEIC/AVIF images are not supported; convert them to JPEG or PNG");
        }
        if (ascii.startsWith("8BPS")) {
            return unsupported("Photoshop (PSD) files are not supported; export a PNG");
        }
        if (ascii.contains("<svg")) {
            return unsupported("SVG is a vector format; export a PNG");
        }
        if (isText(head)) {
            return new UnusableImageException(ImageProblem.NOT_AN_IMAGE, "not an image (text file)");
        }
        return new UnusableImageException(ImageProblem.NOT_AN_IMAGE, "not an image (unrecognised content)");
    }

    private static UnusableImageException unsupported(String message) {
        return new UnusableImageException(ImageProblem.UNSUPPORTED_FORMAT, message);
    }

    /** Text has no control bytes other than tab, line breaks, form feed and escape. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
            if (control || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
