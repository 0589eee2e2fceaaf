package androidx.work;
import java.util.*;
import java.util.concurrent.TimeUnit;
/** A unit of work: the worker class, its input and tags. */
public abstract class WorkRequest {
    public static final long MIN_BACKOFF_MILLIS = 10_000L;
    final UUID id = UUID.randomUUID();
    final Class<? extends ListenableWorker> workerClass;
    final Data inputData;
    final Set<String> tags;
    WorkRequest(Builder<?, ?> b) { workerClass = b.workerClass; inputData = b.inputData; tags = new LinkedHashSet<>(b.tags); }
    public UUID getId() { return id; }
    public abstract static class Builder<B extends Builder<B, W>, W extends WorkRequest> {
        final Class<? extends ListenableWorker> workerClass;
        Data inputData = Data.EMPTY;
        final Set<String> tags = new LinkedHashSet<>();
        Builder(Class<? extends ListenableWorker> workerClass) { this.workerClass = workerClass; }
        @SuppressWarnings("unchecked") B self() { return (B) this; }
        public B setConstraints(Constraints c) { return self(); }
        public B setInputData(Data d) { inputData = d; return self(); }
        public B addTag(String t) { tags.add(t); return self(); }
        public B setExpedited(OutOfQuotaPolicy p) { return self(); }
        public B setBackoffCriteria(BackoffPolicy p, long d, TimeUnit u) { return self(); }
        public B setInitialDelay(long d, TimeUnit u) { return self(); }
        public abstract W build();
    }
}
