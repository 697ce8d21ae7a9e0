package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every read of an NDArray back to the host in main code goes through {@link HostRead}:
 * the compiled classes are searched for calls (and method references) to DJL's reading
 * methods anywhere else, so a new experiment cannot read past the counter by accident.
 */
class HostReadSeamTest {
    private static final Set<String> ARRAY_TYPES = Set.of(
            "ai/djl/ndarray/NDArray", "ai/djl/ndarray/NDArrayAdapter", "ai/djl/pytorch/engine/PtNDArray");
    private static final Set<String> ARRAY_READS = Set.of(
            "toByteBuffer", "toFloatArray", "toDoubleArray", "toIntArray", "toLongArray", "toShortArray",
            "toUnsignedShortArray", "toUnsignedIntArray", "toByteArray", "toUint8Array", "toBooleanArray",
            "toStringArray", "toArray", "getFloat", "getDouble", "getInt", "getLong", "getByte", "getUint8",
            "getBoolean", "encode", "copyTo", "contentEquals", "allClose", "toDebugString");
    private static final String SEAM = "org/deepcanvas/runtime/HostRead";

    @Test
    void mainCodeReadsArraysOnlyThroughHostRead() throws Exception {
        List<String> bypasses = new ArrayList<>();
        try (Stream<Path> classes = Files.walk(mainClasses())) {
            for (Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                scan(file, bypasses);
            }
        }
        assertThat(bypasses).as("reads that bypass runtime.HostRead (use HostRead.scalar/floats/bytes/encode)")
                .isEmpty();
    }

    @Test
    void theScanSeesAReadThatBypassesTheSeam() throws Exception {
        List<String> bypasses = new ArrayList<>();
        scan(testClass(DirectReader.class), bypasses);
        assertThat(bypasses).hasSize(2).allMatch(found -> found.contains("DirectReader"));
    }

    @Test
    void readsAreCountedOnTheReadingThread() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray values = manager.create(new float[] {1.5f, 2.5f});
            long before = HostRead.readsOnThisThread();
            float sum = HostRead.scalar(values.sum());
            float[] copy = HostRead.floats(values);
            long[] otherThread = new long[1];
            Thread other = new Thread(() -> otherThread[0] = HostRead.readsOnThisThread());
            other.start();
            other.join();

            assertThat(sum).isEqualTo(4f);
            assertThat(copy).containsExactly(1.5f, 2.5f);
            assertThat(HostRead.readsOnThisThread() - before).isEqualTo(2);
            assertThat(otherThread[0]).isZero();
        }
    }

    @Test
    void theRuntimeCountsReadsInsideSteps() throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<Integer> handle = runtime.submit("reads each step", new ReadingJob(), 0,
                    RunOptions.defaults().withMaxSteps(6).withMetricsInterval(3));
            handle.start();

            assertThat(handle.awaitFinish(Duration.ofSeconds(30)).phase()).isEqualTo(JobState.Phase.COMPLETED);
            assertThat(handle.hostReadsInSteps()).as("one read in each of 6 steps, metrics not counted").isEqualTo(6);
        }
    }

    /** A job that breaks the rule: it reads its loss inside every step. */
    static final class ReadingJob implements Job<Integer> {
        private NDManager manager;

        @Override
        public void start(Integer settings, JobContext context) {
            manager = context.manager();
        }

        @Override
        public StepResult step(Integer settings) {
            NDArray loss = manager.create(new float[] {1f, 2f}).sum();
            HostRead.scalar(loss);
            return StepResult.loss(loss);
        }

        @Override
        public ArgbImage render(Integer settings) {
            return ArgbImage.blank(1, 1);
        }

        @Override
        public void close() {
            manager = null;
        }
    }

    /** Reads past the seam twice: once by a call, once by a method reference. */
    static final class DirectReader {
        static float[] read(NDArray array) {
            array.getFloat();
            return Stream.of(array).map(NDArray::toFloatArray).findFirst().orElseThrow();
        }
    }

    private static Path mainClasses() throws URISyntaxException {
        return Path.of(HostRead.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path testClass(Class<?> type) throws URISyntaxException {
        Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return root.resolve(type.getName().replace('.', '/') + ".class");
    }

    private static void scan(Path classFile, List<String> bypasses) throws IOException {
        ClassReader reader;
        try (InputStream in = Files.newInputStream(classFile)) {
            reader = new ClassReader(in);
        }
        if (reader.getClassName().equals(SEAM)) {
            return;
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            private String source = reader.getClassName();

            @Override
            public void visitSource(String file, String debug) {
                source = file;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    private int line;

                    @Override
                    public void visitLineNumber(int number, Label start) {
                        line = number;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        check(owner, method);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                        for (Object arg : args) {
                            if (arg instanceof Handle handle) {
                                check(handle.getOwner(), handle.getName());
                            }
                        }
                    }

                    private void check(String owner, String method) {
                        boolean arrayRead = ARRAY_TYPES.contains(owner) && ARRAY_READS.contains(method);
                        boolean listEncode = owner.equals("ai/djl/ndarray/NDList") && method.equals("encode");
                        if (arrayRead || listEncode) {
                            bypasses.add(reader.getClassName() + " (" + source + ":" + line + ") calls "
                                    + owner.substring(owner.lastIndexOf('/') + 1) + "." + method);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }
}
