package android.content;
import java.util.*;
/** Stub of Android's SharedPreferences, in memory. */
public interface SharedPreferences {
    String getString(String key, String defValue);
    Set<String> getStringSet(String key, Set<String> defValues);
    boolean getBoolean(String key, boolean defValue);
    int getInt(String key, int defValue);
    long getLong(String key, long defValue);
    boolean contains(String key);
    Map<String, ?> getAll();
    Editor edit();
    interface Editor {
        Editor putString(String key, String value);
        Editor putStringSet(String key, Set<String> values);
        Editor putBoolean(String key, boolean value);
        Editor putInt(String key, int value);
        Editor putLong(String key, long value);
        Editor remove(String key);
        Editor clear();
        boolean commit();
        void apply();
    }
    final class Memory implements SharedPreferences, Editor {
        private final Map<String, Object> values = new java.util.concurrent.ConcurrentHashMap<>();
        public String getString(String k, String d) { Object v = values.get(k); return v instanceof String ? (String) v : d; }
        @SuppressWarnings("unchecked") public Set<String> getStringSet(String k, Set<String> d) { Object v = values.get(k); return v instanceof Set ? (Set<String>) v : d; }
        public boolean getBoolean(String k, boolean d) { Object v = values.get(k); return v instanceof Boolean ? (Boolean) v : d; }
        public int getInt(String k, int d) { Object v = values.get(k); return v instanceof Integer ? (Integer) v : d; }
        public long getLong(String k, long d) { Object v = values.get(k); return v instanceof Long ? (Long) v : d; }
        public boolean contains(String k) { return values.containsKey(k); }
        public Map<String, ?> getAll() { return new HashMap<>(values); }
        public Editor edit() { return this; }
        private Editor put(String k, Object v) { if (v == null) values.remove(k); else values.put(k, v); return this; }
        public Editor putString(String k, String v) { return put(k, v); }
        public Editor putStringSet(String k, Set<String> v) { return put(k, v == null ? null : new HashSet<>(v)); }
        public Editor putBoolean(String k, boolean v) { return put(k, v); }
        public Editor putInt(String k, int v) { return put(k, v); }
        public Editor putLong(String k, long v) { return put(k, v); }
        public Editor remove(String k) { values.remove(k); return this; }
        public Editor clear() { values.clear(); return this; }
        public boolean commit() { return true; }
        public void apply() {}
    }
}
