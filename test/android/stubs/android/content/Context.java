package android.content;
import java.io.File;
/** Stub of Android's Context: what CapgoUpdater and DownloadService call, backed by a folder. */
public class Context {
    protected final File root;
    private final java.util.Map<String, SharedPreferences> prefs = new java.util.HashMap<>();
    public Context(File root) { this.root = root; }
    public Context getApplicationContext() { return this; }
    public File getFilesDir() { File f = new File(root, "files"); f.mkdirs(); return f; }
    public File getNoBackupFilesDir() { File f = new File(root, "no_backup"); f.mkdirs(); return f; }
    public File getCacheDir() { File f = new File(root, "cache"); f.mkdirs(); return f; }
    public android.content.pm.ApplicationInfo getApplicationInfo() { return new android.content.pm.ApplicationInfo(); }
    public String getPackageName() { return "com.example.capflight"; }
    public android.content.pm.PackageManager getPackageManager() { return new android.content.pm.PackageManager(); }
    public android.content.res.AssetManager getAssets() { return new android.content.res.AssetManager(new File(root, "assets")); }
    public synchronized SharedPreferences getSharedPreferences(String name, int mode) {
        return prefs.computeIfAbsent(name, n -> new SharedPreferences.Memory());
    }
}
