package org.brotli.dec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * org.brotli:dec's decoder stream (the plugin's Android dependency, not packaged by Debian),
 * backed by Debian's brotli command: Google's reference decoder, of which org.brotli:dec is the
 * Java port. Corrupt input fails the read with an IOException, as the Java decoder does.
 */
public class BrotliInputStream extends InputStream {
    private final Process process;
    private final InputStream decoded;
    private final Thread feeder;
    private IOException feedError;

    public BrotliInputStream(InputStream in) throws IOException {
        process = new ProcessBuilder("brotli", "--decompress", "--stdout").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        decoded = process.getInputStream();
        feeder = new Thread(() -> {
            try (OutputStream out = process.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                feedError = e;
            }
        });
        feeder.start();
    }

    private int finished(int n) throws IOException {
        if (n >= 0) return n;
        try {
            feeder.join();
            if (process.waitFor() != 0) throw new IOException("Brotli stream is corrupt (brotli exited with " + process.exitValue() + ")");
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        if (feedError != null) throw feedError;
        return n;
    }

    @Override
    public int read() throws IOException {
        return finished(decoded.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return finished(decoded.read(b, off, len));
    }

    @Override
    public void close() throws IOException {
        decoded.close();
        process.destroy();
    }
}
