package androidx.work;
import android.content.Context;
import androidx.lifecycle.LiveData;
import java.util.*;
import java.util.concurrent.*;

/**
 * An in-process WorkManager: each enqueued one-time request runs its worker on a thread of its own
 * (as WorkManager's executor does), retried on Result.retry(), and every state change reaches the
 * LiveData of each of the request's tags. Periodic work is recorded, not run.
 */
public final class WorkManager {
    private static final WorkManager INSTANCE = new WorkManager();
    private final Map<String, TagData> byTag = new ConcurrentHashMap<>();
    private final Map<String, Job> unique = new ConcurrentHashMap<>();
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private Context context;

    public static void initialize(Context context, Configuration config) { INSTANCE.context = context; }
    public static WorkManager getInstance(Context context) { if (INSTANCE.context == null) INSTANCE.context = context; return INSTANCE; }

    static final class TagData extends LiveData<List<WorkInfo>> { void publish(List<WorkInfo> infos) { setValue(infos); } }

    final class Job implements Runnable {
        final WorkRequest request; volatile boolean stopped; volatile int attempts; volatile WorkInfo info;
        Job(WorkRequest request) { this.request = request; this.info = new WorkInfo(request.id, WorkInfo.State.ENQUEUED, Data.EMPTY, Data.EMPTY, request.tags); }
        void update(WorkInfo.State state, Data output, Data progress) { info = new WorkInfo(request.id, state, output, progress, request.tags); publish(this); }
        void progress(Data progress) { update(WorkInfo.State.RUNNING, Data.EMPTY, progress); }
        public void run() {
            try {
                for (attempts = 0; attempts < 5 && !stopped; attempts++) {
                    ListenableWorker worker = request.workerClass.getConstructor(Context.class, WorkerParameters.class)
                        .newInstance(context, new WorkerParameters(request.id, request.inputData, request.tags, this));
                    update(WorkInfo.State.RUNNING, Data.EMPTY, Data.EMPTY);
                    ListenableWorker.Result result = ((Worker) worker).doWork();
                    if (stopped) { update(WorkInfo.State.CANCELLED, Data.EMPTY, Data.EMPTY); return; }
                    if (result instanceof ListenableWorker.Result.Success) { update(WorkInfo.State.SUCCEEDED, result.getOutputData(), Data.EMPTY); return; }
                    if (result instanceof ListenableWorker.Result.Failure) { update(WorkInfo.State.FAILED, result.getOutputData(), Data.EMPTY); return; }
                }
                update(WorkInfo.State.FAILED, Data.EMPTY, Data.EMPTY);
            } catch (Exception e) {
                e.printStackTrace();
                update(WorkInfo.State.FAILED, Data.EMPTY, Data.EMPTY);
            }
        }
    }

    private TagData tag(String tag) { return byTag.computeIfAbsent(tag, t -> new TagData()); }
    private List<WorkInfo> infos(String tag) { List<WorkInfo> out = new ArrayList<>(); for (Job j : jobs) if (j.request.tags.contains(tag)) out.add(j.info); return out; }
    private void publish(Job job) { for (String t : job.request.tags) tag(t).publish(infos(t)); }

    private void start(String name, ExistingWorkPolicy policy, WorkRequest request) {
        Job running = name == null ? null : unique.get(name);
        if (running != null && !running.info.getState().isFinished()) {
            if (policy == ExistingWorkPolicy.KEEP) return;
            running.stopped = true;
        }
        Job job = new Job(request);
        if (name != null) unique.put(name, job);
        jobs.add(job);
        publish(job);
        if (request instanceof OneTimeWorkRequest) { Thread t = new Thread(job, "work-" + request.id); t.setDaemon(true); t.start(); }
    }

    public WorkContinuation beginUniqueWork(String name, ExistingWorkPolicy policy, OneTimeWorkRequest request) { return new WorkContinuation(() -> start(name, policy, request)); }
    public void enqueueUniqueWork(String name, ExistingWorkPolicy policy, OneTimeWorkRequest request) { start(name, policy, request); }
    public void enqueueUniquePeriodicWork(String name, ExistingPeriodicWorkPolicy policy, PeriodicWorkRequest request) { start(name, ExistingWorkPolicy.REPLACE, request); }
    public void enqueue(WorkRequest request) { start(null, ExistingWorkPolicy.APPEND, request); }
    public LiveData<List<WorkInfo>> getWorkInfosByTagLiveData(String tag) { return tag(tag); }
    public CompletableFuture<List<WorkInfo>> getWorkInfosByTag(String tag) { return CompletableFuture.completedFuture(infos(tag)); }
    public void cancelAllWorkByTag(String tag) { for (Job j : jobs) if (j.request.tags.contains(tag) && !j.info.getState().isFinished()) { j.stopped = true; } }
    public void cancelUniqueWork(String name) { Job j = unique.get(name); if (j != null) j.stopped = true; }
}
