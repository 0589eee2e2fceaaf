package com.getcapacitor;
import org.json.*;
/** Capacitor's JSObject: a JSONObject whose put returns itself and getString returns null when absent. */
public class JSObject extends JSONObject {
    public JSObject() { super(); }
    public JSObject(String json) throws JSONException { super(json); }
    @Override public String getString(String name) { return optString(name, null); }
    public JSObject put(String key, String value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
    public JSObject put(String key, boolean value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
    public JSObject put(String key, int value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
    public JSObject put(String key, long value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
    public JSObject put(String key, double value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
    @Override public JSObject put(String key, Object value) { try { super.put(key, value); } catch (JSONException e) { } return this; }
}
