package android.content.pm;
/** Stub of Android's PackageManager: one installed package, the app itself. */
public class PackageManager {
    public static final int GET_META_DATA = 128;
    public static class NameNotFoundException extends Exception { public NameNotFoundException(String m) { super(m); } }
    public static final class PackageInfoFlags { public static PackageInfoFlags of(long flags) { return new PackageInfoFlags(); } }
    public PackageInfo getPackageInfo(String name, int flags) throws NameNotFoundException { return new PackageInfo(); }
    public PackageInfo getPackageInfo(String name, PackageInfoFlags flags) throws NameNotFoundException { return new PackageInfo(); }
    public String getInstallerPackageName(String name) { return "com.android.vending"; }
    public InstallSourceInfo getInstallSourceInfo(String name) throws NameNotFoundException { return new InstallSourceInfo(); }
}
