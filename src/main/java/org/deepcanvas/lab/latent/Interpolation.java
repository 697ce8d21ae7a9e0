package org.deepcanvas.lab.latent;

/** How a latent walk moves from one code to another. */
public enum Interpolation {
    /** A straight line between the codes. */
    LERP,
    /**
     * Along the great circle between the codes' directions, which keeps a Gaussian prior's
     * typical radius (the straight line dips towards the origin, where images go blurry).
     */
    SLERP;

    /** The code at fraction {@code t} (0 = {@code from}, 1 = {@code to}). */
    public float[] between(float[] from, float[] to, double t) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("codes differ in size: " + from.length + " and " + to.length);
        }
        double fromWeight = 1 - t;
        double toWeight = t;
        if (this == SLERP) {
            double cosine = dot(from, to) / Math.sqrt(dot(from, from) * dot(to, to));
            double omega = Math.acos(Math.max(-1, Math.min(1, cosine)));
            if (Double.isFinite(omega) && Math.sin(omega) > 1e-6) {
                fromWeight = Math.sin((1 - t) * omega) / Math.sin(omega);
                toWeight = Math.sin(t * omega) / Math.sin(omega);
            }
        }
        float[] out = new float[from.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (fromWeight * from[i] + toWeight * to[i]);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
