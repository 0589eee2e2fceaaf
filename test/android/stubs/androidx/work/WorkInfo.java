package androidx.work;
import java.util.*;
public final class WorkInfo {
    public enum State {
        ENQUEUED, RUNNING, SUCCEEDED, FAILED, BLOCKED, CANCELLED;
        public boolean isFinished() { return this == SUCCEEDED || this == FAILED || this == CANCELLED; }
    }
    private final UUID id; private final State state; private final Data output; private final Data progress; private final Set<String> tags;
    WorkInfo(UUID id, State state, Data output, Data progress, Set<String> tags) { this.id = id; this.state = state; this.output = output; this.progress = progress; this.tags = tags; }
    public UUID getId() { return id; }
    public State getState() { return state; }
    public Data getOutputData() { return output; }
    public Data getProgress() { return progress; }
    public Set<String> getTags() { return tags; }
}
