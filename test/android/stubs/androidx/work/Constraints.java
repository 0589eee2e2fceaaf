package androidx.work;
public final class Constraints {
    public static final class Builder {
        public Builder setRequiredNetworkType(NetworkType t) { return this; }
        public Constraints build() { return new Constraints(); }
    }
}
