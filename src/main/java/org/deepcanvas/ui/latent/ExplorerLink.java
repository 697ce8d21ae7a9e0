package org.deepcanvas.ui.latent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import org.deepcanvas.ui.latent.LatentExplorerPanel.Target;
import org.deepcanvas.ui.shell.Messages;

/**
 * How the latent views ask the compute thread a question about the job being explored and
 * get the answer on the FX thread, dropping answers about a job that has been replaced
 * meanwhile (a stale plane must not reach the new job's view).
 */
final class ExplorerLink {
    private final Supplier<Target> target;
    private final StringProperty status;

    ExplorerLink(Supplier<Target> target, StringProperty status) {
        this.target = target;
        this.status = status;
    }

    /** The job being explored now, or null. */
    Target current() {
        return target.get();
    }

    void say(String message) {
        status.set(message);
    }

    /** Runs {@code question} between two steps; {@code answer} gets the result unless the job changed; {@code settled} runs always. */
    <T> void ask(Target asked, Callable<T> question, Consumer<T> answer, Runnable settled) {
        asked.handle().call(question).whenComplete((result, error) -> Platform.runLater(() -> {
            settled.run();
            Target now = target.get();
            if (now == null || now.handle() != asked.handle()) {
                return;
            }
            if (error == null) {
                answer.accept(result);
            } else {
                status.set("Latent explorer: " + Messages.rootCause(error));
            }
        }));
    }
}
