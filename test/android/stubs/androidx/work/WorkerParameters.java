package androidx.work;
import java.util.*;
public final class WorkerParameters {
    final UUID id; final Data inputData; final Set<String> tags; final WorkManager.Job job;
    WorkerParameters(UUID id, Data inputData, Set<String> tags, WorkManager.Job job) { this.id = id; this.inputData = inputData; this.tags = tags; this.job = job; }
    public Data getInputData() { return inputData; }
    public Set<String> getTags() { return tags; }
    public UUID getId() { return id; }
}
