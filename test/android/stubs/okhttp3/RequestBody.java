package okhttp3;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.BufferedSink;
import okio.ByteString;
import okio.Okio;
import okio.Source;

/**
 * OkHttp's RequestBody with both argument orders. The plugin is written against OkHttp 4, whose
 * `create(String, MediaType)` Debian's OkHttp 3.13 lacks; this class, first on the classpath,
 * adds that order to 3.13's API and nothing else.
 */
public abstract class RequestBody {
    public abstract MediaType contentType();

    public long contentLength() throws IOException { return -1; }

    public abstract void writeTo(BufferedSink sink) throws IOException;

    public static RequestBody create(MediaType type, String content) {
        return create(type, content.getBytes(type != null && type.charset() != null ? type.charset() : StandardCharsets.UTF_8));
    }

    public static RequestBody create(String content, MediaType type) { return create(type, content); }

    public static RequestBody create(final MediaType type, final ByteString content) {
        return new RequestBody() {
            @Override public MediaType contentType() { return type; }
            @Override public long contentLength() { return content.size(); }
            @Override public void writeTo(BufferedSink sink) throws IOException { sink.write(content); }
        };
    }

    public static RequestBody create(MediaType type, byte[] content) { return create(type, content, 0, content.length); }

    public static RequestBody create(byte[] content, MediaType type) { return create(type, content); }

    public static RequestBody create(final MediaType type, final byte[] content, final int offset, final int count) {
        return new RequestBody() {
            @Override public MediaType contentType() { return type; }
            @Override public long contentLength() { return count; }
            @Override public void writeTo(BufferedSink sink) throws IOException { sink.write(content, offset, count); }
        };
    }

    public static RequestBody create(final MediaType type, final File file) {
        return new RequestBody() {
            @Override public MediaType contentType() { return type; }
            @Override public long contentLength() { return file.length(); }
            @Override public void writeTo(BufferedSink sink) throws IOException {
                try (Source source = Okio.source(file)) { sink.writeAll(source); }
            }
        };
    }
}
