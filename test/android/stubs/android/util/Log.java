package android.util;
/** Android's Log to stderr, so the test sees what the plugin logs. */
public class Log {
    public static final int VERBOSE = 2, DEBUG = 3, INFO = 4, WARN = 5, ERROR = 6;
    private static int log(String level, String tag, String msg) { System.err.println(level + "/" + tag + ": " + msg); return 0; }
    public static int e(String t, String m) { return log("E", t, m); }
    public static int e(String t, String m, Throwable e) { return log("E", t, m + " " + e); }
    public static int w(String t, String m) { return log("W", t, m); }
    public static int i(String t, String m) { return log("I", t, m); }
    public static int d(String t, String m) { return log("D", t, m); }
    public static int v(String t, String m) { return log("V", t, m); }
}
