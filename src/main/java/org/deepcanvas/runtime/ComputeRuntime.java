package org.deepcanvas.runtime;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ai.djl.ndarray.NDScope;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one compute thread that does all deep learning work (DJL allows a single
 * GradientCollector per process and NDArrays must stay on the thread that made them).
 * Jobs are stepped round-robin, one step each per turn; commands from other threads run
 * between two steps. The engine loads lazily on that thread; if it cannot load, the
 * runtime stays up, says why, and fails the jobs started on it with that message.
 */
public final class ComputeRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeRuntime.class);

    private final Supplier<EngineBinding> engineLoader;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final List<JobHandle<?>> handles = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final IntraOpThreads intraOpThreads = new IntraOpThreads(threads -> engine().setIntraOpThreads(threads));
    private EngineBinding engine;
    private volatile String engineError;
    private volatile String deviceDescription = "engine not loaded yet";
    private volatile Map<String, String> versions = Map.of();
    private volatile boolean closing;

    /** A runtime on DJL's PyTorch engine. */
    public ComputeRuntime() {
        this(EngineBinding::loadDjl);
    }

    public ComputeRuntime(Supplier<EngineBinding> engineLoader) {
        this.engineLoader = engineLoader;
        this.thread = new Thread(this::loop, "deepcanvas-compute");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads the engine now rather than at the first job; completes with the device text. */
    public CompletableFuture<String> loadEngine() {
        CompletableFuture<String> loaded = new CompletableFuture<>();
        post(() -> {
            try {
                loaded.complete(engine().description());
            } catch (IllegalStateException e) {
                loaded.completeExceptionally(e);
            }
        });
        return loaded;
    }

    /** The device jobs compute on, once the engine has loaded (it loads now if it has not). */
    public CompletableFuture<Device> device() {
        return call(() -> engine().device());
    }

    /** The device for the status bar, or why there is none. */
    public String deviceDescription() {
        return deviceDescription;
    }

    /** The engine's versions and device for a result's provenance; empty until the engine loaded. */
    public Map<String, String> versions() {
        return versions;
    }

    /** Why the engine could not load, if it could not. */
    public Optional<String> engineError() {
        return Optional.ofNullable(engineError);
    }

    /** Whether {@link #close} has begun: no job may be submitted any more. */
    public boolean isClosing() {
        return closing;
    }

    /** Registers a job in the IDLE state; call {@link JobHandle#start()} to run it. */
    public <S> JobHandle<S> submit(String name, Job<S> job, S initialSettings, RunOptions options) {
        if (closing) {
            throw new IllegalStateException("the compute runtime is closed");
        }
        JobHandle<S> handle = new JobHandle<>(name, job, initialSettings, options, this);
        handles.add(handle);
        return handle;
    }

    /** The submitted jobs, for a Run menu or a status bar. */
    public List<JobHandle<?>> jobs() {
        return List.copyOf(handles);
    }

    /** Stops every job, frees its resources and ends the compute thread. */
    @Override
    public void close() {
        post(() -> {
            handles.forEach(handle -> handle.runner().stop());
            closing = true;
        });
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void remove(JobHandle<?> handle) {
        post(() -> {
            handle.runner().stop();
            handles.remove(handle);
        });
    }

    /**
     * Runs one-off work that is not a job (checking an imported weight file, say) on the
     * compute thread between two steps, with the engine loaded, inside its own NDScope.
     */
    public <T> CompletableFuture<T> call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        post(() -> {
            try (NDScope scope = new NDScope()) {
                engine();
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    void post(Runnable command) {
        commands.add(command);
    }

    /** Gives the coming work the intra-op threads its workload wants; only on the compute thread. */
    void useThreadsFor(ThreadPolicy.Workload workload) {
        intraOpThreads.use(workload);
    }

    /** The engine, loading it on first use; only called on the compute thread. */
    EngineBinding engine() {
        if (engine == null && engineError == null) {
            try {
                engine = engineLoader.get();
                deviceDescription = engine.description();
                versions = engine.versions();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("the deep learning engine did not load", e);
                engineError = e.getMessage() == null ? e.toString() : e.getMessage();
                deviceDescription = "no engine: " + engineError;
            }
        }
        if (engine == null) {
            throw new IllegalStateException("The deep learning engine could not load: " + engineError);
        }
        return engine;
    }

    /** Nothing a command throws may stop the compute thread: every later question would wait for ever. */
    private static void runSafely(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException | Error e) {
            LOG.warn("a command on the compute thread failed", e);
        }
    }

    private void loop() {
        try {
            while (!closing) {
                boolean anyRunning = handles.stream().anyMatch(handle -> handle.runner().isRunning());
                Runnable command = anyRunning ? commands.poll() : commands.take();
                while (command != null) {
                    runSafely(command);
                    command = commands.poll();
                }
                for (JobHandle<?> handle : handles) {
                    if (!closing && handle.runner().isRunning()) {
                        handle.runner().stepOnce();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("the compute thread stopped", e);
            throw e;
        }
    }
}
