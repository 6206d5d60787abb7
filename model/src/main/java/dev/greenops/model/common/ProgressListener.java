package dev.greenops.model.common;

/**
 * Progress of a long-running service call. Services report through this and never choose threads; the GUI binds it
 * to the status bar, the CLI draws a bar on a terminal, tests ignore it.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> {};

    /**
     * @param done units of work finished so far
     * @param total units of work in all, or -1 when unknown
     * @param message what is happening now, for a person to read
     */
    void progress(long done, long total, String message);

    /** Throws if the calling thread was interrupted: services call this between units of work to stay cancellable. */
    static void checkCancelled() throws CancelledException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
