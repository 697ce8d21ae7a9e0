package org.deepcanvas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void numbersCompareByValueAndLettersIgnoreCaseWithTiesInStringOrder() {
        List<Path> paths = new ArrayList<>(List.of(Path.of("frame10.png"), Path.of("Frame2.png"),
                Path.of("frame002.png"), Path.of("frame1.png"), Path.of("b/1.png"), Path.of("a.png"),
                Path.of("frame2.png"), Path.of("frame99999999999999999999.png")));

        paths.sort(NaturalOrder.INSTANCE);

        assertThat(paths).extracting(Path::toString).containsExactly("a.png", "b/1.png", "frame1.png",
                "Frame2.png", "frame002.png", "frame2.png", "frame10.png", "frame99999999999999999999.png");
    }
}
