package dev.greenops.views.intensity;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the (headless) JavaFX platform once and runs code on its thread. */
final class FxThread {

    private static boolean started;

    private FxThread() {}

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        ready.await(30, TimeUnit.SECONDS);
        started = true;
    }

    interface FxWork<T> {
        T call() throws Exception;
    }

    static <T> T call(FxWork<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work::call);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
