package ee.forgr.capacitor_updater;

import android.app.Activity;
import android.content.SharedPreferences;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Drives capacitor-updater's own Android classes (CapgoUpdater, DownloadService, CryptoCipher,
 * BundleInfo …, compiled unmodified) against an update server, the way CapacitorUpdaterPlugin
 * does. Reads one JSON command per line on stdin and answers one JSON line on stdout.
 */
public final class Driver {
    private static CapgoUpdater updater;
    private static String updateUrl;

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            if (line.isBlank()) continue;
            JSONObject command = new JSONObject(line);
            JSONObject answer;
            try {
                answer = run(command);
            } catch (Exception e) {
                answer = new JSONObject().put("exception", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            System.out.println(answer.toString());
            System.out.flush();
        }
        if (updater != null) updater.shutdown();
        System.exit(0);
    }

    private static JSONObject run(JSONObject c) throws Exception {
        switch (c.getString("op")) {
            case "init": return init(c);
            case "getLatest": return new JSONObject().put("result", toJson(await((cb) -> updater.getLatest(updateUrl, c.optString("channel", null), cb))));
            case "update": return update(false);
            case "updateFullZip": return update(true);
            case "listChannels": return new JSONObject().put("result", toJson(await((cb) -> updater.listChannels(cb))));
            case "getChannel": return new JSONObject().put("result", toJson(await((cb) -> updater.getChannel(cb, updater.editor, "defaultChannel")))).put("defaultChannel", updater.defaultChannel);
            case "setChannel": return new JSONObject().put("result", toJson(await((cb) -> updater.setChannel(c.getString("channel"), updater.editor, "defaultChannel", true, c.optString("configDefaultChannel", ""), cb)))).put("defaultChannel", updater.defaultChannel);
            case "unsetChannel": return new JSONObject().put("result", toJson(await((cb) -> updater.unsetChannel(updater.editor, "defaultChannel", c.optString("configDefaultChannel", ""), cb)))).put("defaultChannel", updater.defaultChannel);
            case "stats": return stats(c);
            case "manifestSize": return new JSONObject().put("result", updater.getBundleDownloadSize(updateUrl, c.optString("version", ""), c.getJSONArray("manifest")));
            default: throw new IllegalArgumentException("unknown op " + c.getString("op"));
        }
    }

    private static JSONObject init(JSONObject c) throws Exception {
        Logger logger = new Logger("CapgoUpdater");
        CryptoCipher.setLogger(logger);
        DownloadService.setLogger(logger);
        DownloadWorkerManager.setLogger(logger);
        Activity activity = new Activity(new File(c.getString("root")));
        updater = new CapgoUpdater(logger);
        SharedPreferences prefs = activity.getSharedPreferences("CapWebViewSettings", 0);
        updater.activity = activity;
        updater.prefs = prefs;
        updater.editor = prefs.edit();
        updater.documentsDir = activity.getFilesDir();
        updater.noBackupDir = activity.getNoBackupFilesDir();
        updater.appId = c.getString("appId");
        updater.deviceID = c.getString("deviceId");
        updater.versionBuild = c.optString("versionBuild", "1.0.0");
        updater.versionCode = "1";
        updater.versionOs = "14";
        updater.pluginVersion = c.optString("pluginVersion", "8.51.23");
        updater.statsUrl = c.getString("statsUrl");
        updater.channelUrl = c.getString("channelUrl");
        updater.defaultChannel = c.optString("defaultChannel", "");
        updater.setPublicKey(c.optString("publicKey", ""));
        updateUrl = c.getString("updateUrl");
        return new JSONObject().put("ok", true);
    }

    /**
     * One update cycle as the plugin's background download runs it: check, download, verify, set.
     * `fullZip` takes the zip even when a manifest came (the plugin's path without delta updates).
     */
    private static JSONObject update(boolean fullZip) throws Exception {
        Map<String, Object> latest = await((cb) -> updater.getLatest(updateUrl, null, cb));
        JSONObject out = new JSONObject().put("latest", toJson(latest));
        if (latest.containsKey("error") || latest.containsKey("kind")) {
            // CapacitorUpdaterPlugin: only up_to_date and blocked are normal outcomes.
            String kind = kindOf(latest.get("kind"));
            out.put("kind", kind);
            if ("failed".equals(kind)) {
                updater.sendStats("download_fail", updater.getCurrentBundle().getVersionName());
            }
            return out;
        }
        String version = (String) latest.get("version");
        String url = (String) latest.get("url");
        String checksum = String.valueOf(latest.getOrDefault("checksum", ""));
        String sessionKey = latest.containsKey("sessionKey") ? String.valueOf(latest.get("sessionKey")) : "";
        JSONArray manifest = !fullZip && latest.get("manifest") instanceof JSONArray ? (JSONArray) latest.get("manifest") : null;
        BundleInfo bundle = manifest != null
            ? updater.downloadManifest(url, version, sessionKey, checksum, manifest)
            : updater.download(url, version, sessionKey, checksum);
        out.put("downloaded", new JSONObject().put("version", bundle.getVersionName()).put("status", bundle.getStatus().toString()).put("manifest", manifest != null));
        boolean set = updater.set(bundle);
        out.put("set", set);
        File dir = new File(updater.getCurrentBundlePath());
        List<String> files = new ArrayList<>();
        collect(dir, "", files);
        out.put("files", new JSONArray(files));
        out.put("dir", dir.getAbsolutePath());
        out.put("current", updater.getCurrentBundle().getVersionName());
        return out;
    }

    /**
     * CapacitorUpdaterPlugin.normalizedUpdateResponseKind (that class needs Capacitor's Plugin, so
     * its one rule is restated here): any kind but up_to_date and blocked is a failure.
     */
    private static String kindOf(Object kind) {
        return "up_to_date".equals(kind) || "blocked".equals(kind) || "failed".equals(kind) ? (String) kind : "failed";
    }

    private static JSONObject stats(JSONObject c) throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        updater.sendStats(c.getString("action"), c.getString("version"), c.optString("oldVersion", ""), null, sent::countDown);
        return new JSONObject().put("sent", sent.await(20, TimeUnit.SECONDS));
    }

    private static void collect(File dir, String prefix, List<String> out) {
        File[] children = dir.listFiles();
        if (children == null) return;
        for (File f : children) {
            if (f.isDirectory()) collect(f, prefix + f.getName() + "/", out);
            else out.add(prefix + f.getName());
        }
    }

    private interface Call { void start(Callback callback) throws Exception; }

    private static Map<String, Object> await(Call call) throws Exception {
        CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
        call.start(done::complete);
        return done.get(30, TimeUnit.SECONDS);
    }

    private static Object toJson(Object value) {
        if (value instanceof Map) {
            JSONObject o = new JSONObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                try { o.put(String.valueOf(e.getKey()), toJson(e.getValue())); } catch (Exception ignored) { }
            }
            return o;
        }
        if (value instanceof List) {
            JSONArray a = new JSONArray();
            for (Object v : (List<?>) value) a.put(toJson(v));
            return a;
        }
        return value == null ? JSONObject.NULL : value;
    }
}
