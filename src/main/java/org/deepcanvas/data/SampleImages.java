package org.deepcanvas.data;

import java.util.List;

/** The CC0 / public-domain photos bundled under /assets/samples (see assets/LICENSES). */
public final class SampleImages {
    /** Where the samples lie on the classpath. */
    public static final String RESOURCE_FOLDER = "/assets/samples/";
    /** Their file names, in the order they are imported. */
    public static final List<String> NAMES = List.of(
            "astronaut.png", "brick.png", "camera.png", "chelsea.png", "coffee.png", "grass.png",
            "gravel.png", "horse.png", "hubble_deep_field.jpg", "retina.jpg", "rocket.jpg");

    private SampleImages() {}

    static List<ImageSource> sources() {
        return NAMES.stream().map(name -> ImageSource.resource(RESOURCE_FOLDER + name)).toList();
    }
}
