package dev.fridgechef.gui.common;

import javafx.concurrent.Task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Every piece of work that touches the store, the planner or the network runs through here, off the
 * FX thread: {@code Tasks.create(work).onSuccess(show).onError(report).runOnce(executor)}. The
 * callbacks run on the FX thread. Errors without a handler go to the session's default handler.
 */
public final class Tasks {
    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    public static Builder<Void> create(Runnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> {
        };
        private Consumer<Throwable> onError;
        private Runnable andFinally = () -> {
        };
        private Executor executor;
        private Consumer<Throwable> defaultErrors = Throwable::printStackTrace;

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        /** Runs on the FX thread after success, failure or cancellation (hides a spinner, enables a button). */
        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        /** Where the work runs and who hears of failures nobody else handles (the session binds both). */
        public Builder<T> in(Executor workers, Consumer<Throwable> defaultErrorHandler) {
            this.executor = workers;
            this.defaultErrors = defaultErrorHandler;
            return this;
        }

        public Task<T> build() {
            Consumer<Throwable> errors = onError != null ? onError : defaultErrors;
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    errors.accept(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> andFinally.run());
            return task;
        }

        public Task<T> runOnce() {
            Task<T> task = build();
            Objects.requireNonNull(executor, "no executor: create the task through the session").execute(task);
            return task;
        }
    }
}
