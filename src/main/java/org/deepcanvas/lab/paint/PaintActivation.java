package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;

/** The nonlinearity between the painter's hidden layers. */
public enum PaintActivation {
    RELU("ReLU"),
    LEAKY_RELU("Leaky ReLU"),
    ELU("ELU"),
    TANH("tanh"),
    SIGMOID("sigmoid");

    private final String label;

    PaintActivation(String label) {
        this.label = label;
    }

    NDArray apply(NDArray x) {
        return switch (this) {
            case RELU -> x.getNDArrayInternal().relu();
            case LEAKY_RELU -> x.getNDArrayInternal().leakyRelu(0.01f);
            case ELU -> x.getNDArrayInternal().elu(1f);
            case TANH -> x.getNDArrayInternal().tanh();
            case SIGMOID -> x.getNDArrayInternal().sigmoid();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
