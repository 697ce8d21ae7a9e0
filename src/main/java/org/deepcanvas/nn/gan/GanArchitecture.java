package org.deepcanvas.nn.gan;

import java.util.List;
import org.deepcanvas.nn.ImageShape;

/**
 * The shape of a GAN: everything that, when changed, needs new networks. The discriminator
 * (and a VAE-GAN's encoder) halves the image two times (28 and 32 px) or three (64 px) with
 * {@code filters}, twice as many, four times as many filters; the generator mirrors it,
 * upsampling from the smallest size, and draws the image with one more convolution.
 *
 * @param kind a plain DCGAN or a VAE-GAN (which adds an encoder)
 * @param codeSize the latent code: 100 is DCGAN's, 32..128 the course's VAE-GAN range
 * @param filters the discriminator's first filter count (the generator's last), 4..256
 */
public record GanArchitecture(Kind kind, int codeSize, int filters) {
    public static final int MIN_CODE_SIZE = 2;
    public static final int MAX_CODE_SIZE = 256;
    /** The image sides the networks are built for. */
    public static final List<Integer> SIDES = List.of(28, 32, 64);

    /** The two families. */
    public enum Kind {
        /** Generator and discriminator (Radford et al. 2015). */
        DCGAN,
        /** An encoder in front of the generator; the discriminator also measures reconstructions. */
        VAE_GAN
    }

    public GanArchitecture {
        if (kind == null) {
            throw new IllegalArgumentException("the GAN kind is missing");
        }
        if (codeSize < MIN_CODE_SIZE || codeSize > MAX_CODE_SIZE) {
            throw new IllegalArgumentException(
                    "code size must be " + MIN_CODE_SIZE + ".." + MAX_CODE_SIZE + ", got " + codeSize);
        }
        if (filters < 4 || filters > 256) {
            throw new IllegalArgumentException("filters must be 4..256, got " + filters);
        }
    }

    /** DCGAN with a 100-D code and 32 filters, the benchmark's model at 28 px. */
    public static GanArchitecture dcgan() {
        return new GanArchitecture(Kind.DCGAN, 100, 32);
    }

    /** VAE-GAN with a 64-D code (the course's 32..128) and 32 filters. */
    public static GanArchitecture vaeGan() {
        return new GanArchitecture(Kind.VAE_GAN, 64, 32);
    }

    public GanArchitecture withKind(Kind value) {
        return new GanArchitecture(value, codeSize, filters);
    }

    public GanArchitecture withCodeSize(int value) {
        return new GanArchitecture(kind, value, filters);
    }

    public GanArchitecture withFilters(int value) {
        return new GanArchitecture(kind, codeSize, value);
    }

    public boolean encodes() {
        return kind == Kind.VAE_GAN;
    }

    /**
     * How many times the discriminator halves an image of this shape.
     *
     * @throws IllegalArgumentException for a side the networks are not built for
     */
    public static int levels(ImageShape image) {
        if (image.width() != image.height() || !SIDES.contains(image.width())) {
            throw new IllegalArgumentException("GAN images must be 28, 32 or 64 px square, got "
                    + image.width() + "x" + image.height());
        }
        return image.width() == 64 ? 3 : 2;
    }
}
