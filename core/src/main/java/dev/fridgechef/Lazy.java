package dev.fridgechef;

import java.util.function.Supplier;

/** A value computed once, on first use, thread-safely. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = compute.get();
                v = value;
            }
        }
        return v;
    }
}
