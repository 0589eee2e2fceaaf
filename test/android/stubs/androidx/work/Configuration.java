package androidx.work;
public final class Configuration {
    public static final class Builder {
        public Builder setMinimumLoggingLevel(int level) { return this; }
        public Configuration build() { return new Configuration(); }
    }
}
