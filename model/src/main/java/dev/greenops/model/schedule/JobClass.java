package dev.greenops.model.schedule;

/** A job's deadline type: {@code hard} jobs are never deferred, {@code soft} jobs may wait within their window. */
public enum JobClass {
    HARD("hard"),
    SOFT("soft");

    private final String id;

    JobClass(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
