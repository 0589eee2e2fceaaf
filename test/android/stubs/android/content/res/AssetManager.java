package android.content.res;
import java.io.*;
/** Stub of Android's AssetManager over a folder (the app's builtin web assets). */
public class AssetManager {
    private final File root;
    public AssetManager(File root) { this.root = root; }
    public InputStream open(String name) throws IOException { return new FileInputStream(new File(root, name)); }
    public String[] list(String path) throws IOException { String[] n = new File(root, path).list(); return n == null ? new String[0] : n; }
}
