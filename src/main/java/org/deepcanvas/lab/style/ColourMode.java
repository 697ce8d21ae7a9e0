package org.deepcanvas.lab.style;

/** How colour moves from the pictures to the result (Gatys et al., "Preserving Color in Neural Artistic Style Transfer"). */
public enum ColourMode {
    /** The style's colours come with its textures. */
    STYLE,
    /** Only the luminance is stylised: the result keeps the content's colours. */
    KEEP_CONTENT,
    /** Each style picture is first recoloured to the content's colour mean and covariance. */
    MATCH_STYLE_TO_CONTENT
}
