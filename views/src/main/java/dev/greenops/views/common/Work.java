package dev.greenops.views.common;

import dev.greenops.model.common.ProgressListener;

/** A long piece of work for the {@link TaskRunner}: calls model services, reports progress, returns a value. */
@FunctionalInterface
public interface Work<T> {
    T call(ProgressListener progress) throws Exception;
}
