package android.content.pm;
public class PackageInfo { public String versionName = "1.0.0"; public int versionCode = 1; public String packageName = "com.example.capflight"; }
