package androidx.work;
import android.content.Context;
import java.util.concurrent.CompletableFuture;
public abstract class ListenableWorker {
    private final Context context;
    private final WorkerParameters params;
    public ListenableWorker(Context context, WorkerParameters params) { this.context = context; this.params = params; }
    public final Context getApplicationContext() { return context; }
    public final Data getInputData() { return params.getInputData(); }
    public final java.util.Set<String> getTags() { return params.getTags(); }
    public final java.util.UUID getId() { return params.getId(); }
    public final boolean isStopped() { return params.job.stopped; }
    public int getRunAttemptCount() { return params.job.attempts; }
    public CompletableFuture<Void> setProgressAsync(Data progress) { params.job.progress(progress); return CompletableFuture.completedFuture(null); }
    public abstract static class Result {
        final Data output; Result(Data output) { this.output = output; }
        public Data getOutputData() { return output; }
        public static Result success() { return new Success(Data.EMPTY); }
        public static Result success(Data d) { return new Success(d); }
        public static Result failure() { return new Failure(Data.EMPTY); }
        public static Result failure(Data d) { return new Failure(d); }
        public static Result retry() { return new Retry(); }
        public static final class Success extends Result { Success(Data d) { super(d); } }
        public static final class Failure extends Result { Failure(Data d) { super(d); } }
        public static final class Retry extends Result { Retry() { super(Data.EMPTY); } }
    }
}
