package androidx.work;
public final class WorkContinuation {
    private final Runnable enqueue;
    WorkContinuation(Runnable enqueue) { this.enqueue = enqueue; }
    public Operation enqueue() { enqueue.run(); return new Operation(); }
    public static final class Operation {}
}
