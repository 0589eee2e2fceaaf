package android.app;
import java.io.File;
/** Stub of an Activity: a Context that is also a LifecycleOwner, running UI work at once. */
public class Activity extends android.content.Context implements androidx.lifecycle.LifecycleOwner {
    public Activity(File root) { super(root); }
    public void runOnUiThread(Runnable action) { action.run(); }
}
