package androidx.work;
import java.util.concurrent.TimeUnit;
public final class PeriodicWorkRequest extends WorkRequest {
    PeriodicWorkRequest(Builder b) { super(b); }
    public static final class Builder extends WorkRequest.Builder<Builder, PeriodicWorkRequest> {
        public Builder(Class<? extends ListenableWorker> c, long interval, TimeUnit unit) { super(c); }
        public PeriodicWorkRequest build() { return new PeriodicWorkRequest(this); }
    }
}
