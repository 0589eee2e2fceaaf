package androidx.lifecycle;
import java.util.*;
/** LiveData stub: observers get every value set, in order, on the thread that sets it. */
public class LiveData<T> {
    private final List<Observer<? super T>> observers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private T value;
    public void observe(LifecycleOwner owner, Observer<? super T> observer) { observers.add(observer); if (value != null) observer.onChanged(value); }
    public void observeForever(Observer<? super T> observer) { observe(null, observer); }
    public void removeObserver(Observer<? super T> observer) { observers.remove(observer); }
    public T getValue() { return value; }
    protected void postValue(T v) { setValue(v); }
    protected void setValue(T v) { value = v; for (Observer<? super T> o : observers) o.onChanged(v); }
}
