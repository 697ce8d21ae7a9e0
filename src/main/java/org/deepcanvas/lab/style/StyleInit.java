package org.deepcanvas.lab.style;

/** What the stylised image starts from (a change restarts the run). */
public enum StyleInit {
    /** The content picture: the content is there from the first frame and the style grows over it. */
    CONTENT,
    /** Seeded noise: the seed decides the result; needs more steps. */
    NOISE,
    /** The first style picture, fitted to the content's shape. */
    STYLE
}
