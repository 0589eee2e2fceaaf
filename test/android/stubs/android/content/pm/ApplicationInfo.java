package android.content.pm;
/** A release build: not debuggable. */
public class ApplicationInfo { public static final int FLAG_DEBUGGABLE = 2; public int flags = 0; }
