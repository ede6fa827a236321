package org.monitoringadvisor.engine.internal;

/** For {@link LiteralInsertionTest}: a fact whose constructor declares a throwable that is not an exception. */
public final class ThrowsThrowable {

    public ThrowsThrowable(String value) throws Throwable {
        if (value.isEmpty()) {
            throw new Throwable("empty");
        }
    }
}
