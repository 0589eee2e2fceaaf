package androidx.work;
public final class OneTimeWorkRequest extends WorkRequest {
    OneTimeWorkRequest(Builder b) { super(b); }
    public static final class Builder extends WorkRequest.Builder<Builder, OneTimeWorkRequest> {
        public Builder(Class<? extends ListenableWorker> c) { super(c); }
        public OneTimeWorkRequest build() { return new OneTimeWorkRequest(this); }
    }
}
