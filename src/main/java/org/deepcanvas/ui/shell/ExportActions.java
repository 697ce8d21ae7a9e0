package org.deepcanvas.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.deepcanvas.export.ExportMonitor;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.GifWriter;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;

/** File > Export image… and Export GIF…: ask where and how, then write in the background. */
public final class ExportActions {
    private final BackgroundWork work;
    private final Prompts prompts;
    private final StringProperty status;

    public ExportActions(BackgroundWork work, Prompts prompts, StringProperty status) {
        this.work = work;
        this.prompts = prompts;
        this.status = status;
    }

    public void exportImage(Exportable source) {
        source.currentImage().ifPresentOrElse(
                image -> savePng(source, image),
                () -> status.set("Nothing to export yet"));
    }

    /** Writes a PNG with its provenance; canvases' "Save as PNG…" comes here too. */
    public void savePng(Exportable source, ArgbImage image) {
        Provenance provenance = source.provenance();
        prompts.target(source.baseName() + ".png", "PNG image", "*.png").ifPresent(target ->
                work.submit(new ExportTask("Export PNG", target, monitor -> PngExport.write(image, target, provenance))));
    }

    public void exportGif(Exportable source) {
        List<ArgbImage> frames = source.animationFrames();
        if (frames.isEmpty()) {
            status.set("No frames to animate yet");
            return;
        }
        String name = source.baseName();
        prompts.gifOptions(frames).ifPresent(choice ->
                prompts.target(name + ".gif", "Animated GIF", "*.gif").ifPresent(target ->
                        work.submit(new ExportTask("Export GIF", target,
                                monitor -> GifWriter.write(frames, target, options(choice), monitor)))));
    }

    private static GifOptions options(Prompts.GifChoice choice) {
        return GifOptions.defaults()
                .withFrameDelayMs(choice.delayMillis())
                .withPlays(choice.loops())
                .withScale(choice.scale())
                .withMode(choice.quality() ? GifOptions.Mode.QUALITY : GifOptions.Mode.FAST);
    }

    private interface Export {
        void run(ExportMonitor monitor) throws Exception;
    }

    /** A background export that reports progress and honours the status bar's cancel. */
    private final class ExportTask extends Task<Void> implements ExportMonitor {
        private final Export export;

        ExportTask(String title, Path target, Export export) {
            this.export = export;
            updateTitle(title);
            updateMessage(target.getFileName().toString());
            setOnSucceeded(e -> status.set("Saved " + target));
            setOnFailed(e -> status.set(title + " failed: " + Messages.rootCause(getException())));
            setOnCancelled(e -> status.set(title + " cancelled; nothing was written"));
        }

        @Override
        protected Void call() throws Exception {
            export.run(this);
            return null;
        }

        @Override
        public void progress(int done, int total) {
            updateProgress(done, total);
        }
    }
}
