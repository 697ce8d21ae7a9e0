package org.deepcanvas.image;

/**
 * The EXIF orientation of a JPEG (how a camera or phone was held), read from the file's
 * first bytes, and the turn or flip that shows the image upright. Values follow the EXIF
 * standard: 1 upright, 3 upside down, 6 and 8 turned a quarter, 2, 4, 5, 7 mirrored.
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The orientation recorded in a JPEG's EXIF block, or {@link #UPRIGHT} if there is none. */
    static int read(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int pos = 2;
        while (pos + 4 <= head.length && (head[pos] & 0xFF) == 0xFF) {
            int marker = head[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT;
            }
            int length = unsigned16(head, pos + 2, true);
            if (marker == 0xE1 && startsWith(head, pos + 4, "Exif\0\0")) {
                return fromTiff(head, pos + 10, Math.min(head.length, pos + 2 + length));
            }
            pos += 2 + length;
        }
        return UPRIGHT;
    }

    /** Whether the orientation turns the image a quarter, swapping its width and height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The image as it should be seen. */
    static ArgbImage upright(ArgbImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean swap = swapsSides(orientation);
        int outWidth = swap ? h : w;
        int outHeight = swap ? w : h;
        int[] out = new int[w * h];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                out[y * outWidth + x] = image.pixels()[sy * w + sx];
            }
        }
        return new ArgbImage(outWidth, outHeight, out);
    }

    private static int fromTiff(byte[] b, int start, int end) {
        if (start + 8 > end || !(startsWith(b, start, "MM") || startsWith(b, start, "II"))) {
            return UPRIGHT;
        }
        boolean bigEndian = b[start] == 'M';
        long ifd = start + unsigned32(b, start + 4, bigEndian);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = unsigned16(b, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (unsigned16(b, entry, bigEndian) == ORIENTATION_TAG) {
                int value = unsigned16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static boolean startsWith(byte[] b, int pos, String ascii) {
        if (pos + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int unsigned16(byte[] b, int pos, boolean bigEndian) {
        int first = b[pos] & 0xFF;
        int second = b[pos + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long unsigned32(byte[] b, int pos, boolean bigEndian) {
        long high = unsigned16(b, bigEndian ? pos : pos + 2, bigEndian);
        long low = unsigned16(b, bigEndian ? pos + 2 : pos, bigEndian);
        return high << 16 | low;
    }
}
