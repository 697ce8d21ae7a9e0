package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.util.List;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.ImageJob;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;

/** Runs an image optimisation headless for a number of steps and writes its PNG and GIF. */
final class ImageRunExport {
    /** Every frame at the output size (1024 px frames: 4 MiB each). */
    private static final FrameRecorder.Limits RECORDING = new FrameRecorder.Limits(1000, 1024, 1L << 30);

    private ImageRunExport() {}

    static <S extends ImageSettings> void run(String experiment, ImageJob<S> job, S settings, long steps,
                                             ImageOutputs outputs, GifOptions gif, Provenance.Network network,
                                             List<InputFile> inputs, PrintWriter out) throws Exception {
        RunOptions run = RunOptions.defaults().withSeed(outputs.seed).withMaxSteps(steps)
                .withMinFrameIntervalMillis(0).withRecording(RECORDING);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<S> handle = runtime.submit(experiment, job, settings, run);
            HeadlessRun.runToCompletion(handle, out);
            Frame last = handle.latestFrame().orElseThrow();
            out.printf("%s: %d steps on %s with %s%n", experiment, last.step(), runtime.deviceDescription(),
                    settings.network());
            if (outputs.png != null) {
                Provenance provenance = handle.provenance(experiment).withStep(last.step()).withInputs(inputs)
                        .withNetwork(network);
                PngExport.write(last.image(), outputs.png, provenance);
                out.println("wrote " + outputs.png);
            }
            if (outputs.gif != null) {
                List<ArgbImage> frames = handle.recordedFrames().stream().map(Frame::image).toList();
                HeadlessRun.writeGif(frames, outputs.gif, gif, out);
            }
        }
    }
}
