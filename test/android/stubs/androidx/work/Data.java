package androidx.work;
import java.util.*;
/** WorkManager's Data: an immutable key-value map. */
public final class Data {
    public static final Data EMPTY = new Data(new HashMap<>());
    private final Map<String, Object> values;
    private Data(Map<String, Object> values) { this.values = Collections.unmodifiableMap(new HashMap<>(values)); }
    public String getString(String key) { Object v = values.get(key); return v instanceof String ? (String) v : null; }
    public boolean getBoolean(String key, boolean d) { Object v = values.get(key); return v instanceof Boolean ? (Boolean) v : d; }
    public int getInt(String key, int d) { Object v = values.get(key); return v instanceof Integer ? (Integer) v : d; }
    public long getLong(String key, long d) { Object v = values.get(key); return v instanceof Long ? (Long) v : d; }
    public Map<String, Object> getKeyValueMap() { return values; }
    public boolean hasKeyWithValueOfType(String key, Class<?> type) { return type.isInstance(values.get(key)); }
    public static final class Builder {
        private final Map<String, Object> values = new HashMap<>();
        private Builder put(String k, Object v) { if (v == null) values.remove(k); else values.put(k, v); return this; }
        public Builder putString(String k, String v) { return put(k, v); }
        public Builder putBoolean(String k, boolean v) { return put(k, v); }
        public Builder putInt(String k, int v) { return put(k, v); }
        public Builder putLong(String k, long v) { return put(k, v); }
        public Builder putAll(Data d) { values.putAll(d.values); return this; }
        public Data build() { return new Data(values); }
    }
}
