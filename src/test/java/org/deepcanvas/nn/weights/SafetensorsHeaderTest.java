package org.deepcanvas.nn.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsHeaderTest {
    @TempDir
    Path dir;

    @Test
    void aHundredByteFileClaimingATwoGigabyteHeaderIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] hundred = HostileFiles.withLengthField(Arrays.copyOf(HostileFiles.safetensors(new Random(1)), 100), 1L << 31);
        Path file = Files.write(dir.resolve("tiny.safetensors"), hundred);
        assertThatThrownBy(() -> SafetensorsHeader.read(file, "tiny.safetensors"))
                .isInstanceOf(IOException.class)
                .hasMessage("tiny.safetensors is not a safetensors file: its header length 2147483648 is outside"
                        + " 2..16777216");
    }

    @Test
    void aWellFormedHeaderListsEveryTensorInDataOrder() throws IOException {
        byte[] bytes = HostileFiles.safetensors(new Random(2));
        Path file = Files.write(dir.resolve("good.safetensors"), bytes);
        SafetensorsHeader header = SafetensorsHeader.read(file, "good.safetensors");
        assertThat(header.tensors()).extracting(TensorEntry::name)
                .containsExactly("conv.weight", "half", "brain", "steps", "mask", "scale", "wide", "empty");
        assertThat(header.tensors().get(0).shape()).isEqualTo(new Shape(3, 4));
        assertThat(header.metadata()).containsEntry("format", "pt");
        assertThat(header.fileSize()).isEqualTo(bytes.length);
        assertThat(header.dataStart() % 8).as("the JSON is padded to 8 bytes").isZero();
    }

    @Test
    void byteRangesMustTileTheDataExactly() {
        String a = "\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}";
        assertThat(problem("{" + a + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[8,40]}}", 40))
                .contains("tensor b starts at byte 8 of the data but the previous tensor ends at 16");
        assertThat(problem("{" + a + ",\"b\":{\"dtype\":\"F32\",\"shape\":[7],\"data_offsets\":[20,48]}}", 48))
                .contains("tensor b starts at byte 20 of the data but the data so far ends at 16");
        assertThat(problem("{" + a + "}", 20)).contains("but its header describes").contains("damaged");
        assertThat(problem("{" + a + "}", 12)).contains("truncated");
    }

    @Test
    void shapesOffsetsAndDtypesAreCheckedOneByOne() {
        assertThat(problem("{\"w\":{\"dtype\":\"F32\",\"shape\":[100000,100000],\"data_offsets\":[0,48]}}", 48))
                .contains("tensor w: its shape [100000, 100000] of F32 needs 40000000000 bytes but its data_offsets [0, 48]"
                        + " span 48");
        assertThat(problem("{\"w\":{\"dtype\":\"F64\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", 0))
                .contains("impossibly large shape");
        assertThat(problem("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[-8,0]}}", 0))
                .contains("data_offsets holds the negative number -8");
        assertThat(problem("{\"w\":{\"dtype\":\"F31\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8))
                .contains("unsupported dtype \"F31\"");
        assertThat(problem("{\"w\":{\"dtype\":\"F32\",\"shape\":[2.5],\"data_offsets\":[0,8]}}", 8))
                .contains("shape holds 2.5, not a whole number");
        assertThat(problem("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 8))
                .contains("not valid JSON").doesNotContain("\n").doesNotContain("setStrictness");
    }

    @Test
    void encodingASubsetGivesAHeaderThatParsesBack() throws IOException {
        List<TensorEntry> tensors = SafetensorsHeader.packed(List.of(
                HostileFiles.entry("features.0.weight", TensorType.F32, 2, 3),
                HostileFiles.entry("features.0.bias", TensorType.F32, 2)));
        byte[] file = HostileFiles.withData(SafetensorsHeader.encode(tensors, Map.of()), tensors, new Random(3));
        Path path = Files.write(dir.resolve("subset.safetensors"), file);
        assertThat(SafetensorsHeader.read(path, "subset").tensors()).isEqualTo(tensors);
    }

    private String problem(String json, int dataBytes) {
        byte[] bytes = HostileFiles.withHeader(json, dataBytes);
        try {
            SafetensorsHeader.read(Files.write(dir.resolve("hostile.safetensors"), bytes), "hostile.safetensors");
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("hostile.safetensors");
            return e.getMessage();
        }
        throw new AssertionError("accepted " + json);
    }
}
