package org.deepcanvas.lab.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.autoencode.AutoencoderLatents;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LatentExplorerTest {
    private NDManager manager;
    private LatentExplorer explorer;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(5);
        AutoencoderArchitecture small = AutoencoderArchitecture.fullyConnected().withLayers(List.of(32));
        explorer = AutoencoderLatents.explorer(AutoencoderNetwork.create(small, new ImageShape(1, 28, 28), manager), manager);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void manifoldDecodesRowsTimesColumnsCells() {
        ArgbImage montage = explorer.manifold(explorer.defaultPlane(), 3, 4, 1.5);

        assertThat(montage.width()).isEqualTo(4 * 29 + 1);
        assertThat(montage.height()).isEqualTo(3 * 29 + 1);
        // the top-left cell is the code (-r, +r), decoded on its own
        ArgbImage topLeft = explorer.decodeAt(explorer.defaultPlane(), -1.5, 1.5);
        assertThat(montage.argb(1 + 10, 1 + 20)).isEqualTo(topLeft.argb(10, 20));
    }

    @Test
    void scatterProjectsLabelledTestImages() {
        TrainingSet data = TinyData.fashion(10, 30);

        List<LatentPoint> points = explorer.scatter(data, explorer.defaultPlane(), 25);
        float[] firstCode = explorer.encode(data.testPixels(0, 1))[0];

        assertThat(points).hasSize(25);
        assertThat(points.get(0).label()).isEqualTo(data.testLabels()[0]);
        assertThat(points.get(0).x()).isCloseTo(firstCode[0], within(1e-5f));
        assertThat(points.get(0).y()).isCloseTo(firstCode[1], within(1e-5f));
    }

    @Test
    void walksIncludeBothEnds() {
        float[] from = {-1f, 0.5f};
        float[] to = {2f, 1f};

        List<ArgbImage> walk = explorer.walk(from, to, 7, Interpolation.SLERP);

        assertThat(walk).hasSize(7);
        assertThat(walk.get(0).pixels()).isEqualTo(explorer.decode(new float[][] {from}).get(0).pixels());
        assertThat(walk.get(6).pixels()).isEqualTo(explorer.decode(new float[][] {to}).get(0).pixels());
        assertThat(explorer.walkBetween(TinyData.fashion(10, 5), 1, 3, 4, Interpolation.LERP)).hasSize(4);
        assertThat(explorer.samplePrior(6, new Random(2))).hasSize(6);
    }

    @Test
    void slerpKeepsTheRadiusWhereLerpDips() {
        float[] from = {3f, 0f};
        float[] to = {0f, 3f};

        float[] lerpMiddle = Interpolation.LERP.between(from, to, 0.5);
        float[] slerpMiddle = Interpolation.SLERP.between(from, to, 0.5);

        assertThat(lerpMiddle).containsExactly(1.5f, 1.5f);
        assertThat(Math.hypot(slerpMiddle[0], slerpMiddle[1])).isCloseTo(3.0, within(1e-5));
        assertThat(slerpMiddle[0]).isCloseTo(slerpMiddle[1], within(1e-5f));
    }

    @Test
    void principalPlaneFollowsTheSpreadOfTheCodes() {
        Random random = new Random(9);
        float[][] codes = new float[500][];
        for (int i = 0; i < codes.length; i++) {
            double along = random.nextGaussian() * 5;
            double across = random.nextGaussian() * 2;
            // the widest spread is along (1, 1, 0)/sqrt(2), the next along z, around (1, 2, 3)
            codes[i] = new float[] {(float) (1 + along / Math.sqrt(2)), (float) (2 + along / Math.sqrt(2)),
                    (float) (3 + across)};
        }

        LatentPlane plane = LatentPlane.principal(codes);

        assertThat(plane.origin()).containsExactly(new float[] {1f, 2f, 3f}, within(0.6f));
        assertThat(Math.abs(plane.xAxis()[0])).isCloseTo(0.7071f, within(0.01f));
        assertThat(Math.abs(plane.xAxis()[1])).isCloseTo(0.7071f, within(0.01f));
        assertThat(Math.abs(plane.yAxis()[2])).isCloseTo(1f, within(0.01f));
        float[] back = plane.project(plane.code(0.25, -2));
        assertThat(back).containsExactly(new float[] {0.25f, -2f}, within(1e-5f));
    }

    @Test
    void aRandomPlaneHasOrthonormalAxesThroughItsOrigin() {
        float[] origin = {3f, -1f, 0.5f, 2f, 0f};

        LatentPlane plane = LatentPlane.random(origin, new Random(4));

        assertThat(plane.code(0, 0)).containsExactly(origin);
        assertThat(Interpolation.dot(plane.xAxis(), plane.xAxis())).isCloseTo(1, within(1e-5));
        assertThat(Interpolation.dot(plane.yAxis(), plane.yAxis())).isCloseTo(1, within(1e-5));
        assertThat(Interpolation.dot(plane.xAxis(), plane.yAxis())).isCloseTo(0, within(1e-5));
        assertThat(plane.project(plane.code(1.5, -0.25))).containsExactly(new float[] {1.5f, -0.25f}, within(1e-5f));
    }

    @Test
    void chosenAxesPickCodeDimensions() {
        LatentPlane plane = LatentPlane.axes(5, 3, 1);

        assertThat(plane.code(2, -1)).containsExactly(0f, -1f, 0f, 2f, 0f);
    }
}
