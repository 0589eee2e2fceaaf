package org.brotli.dec;
/** Brotli decoder stub: capflight serves no .br files, so the plugin never opens one here. */
public class BrotliInputStream extends java.io.FilterInputStream {
    public BrotliInputStream(java.io.InputStream in) throws java.io.IOException { super(in); throw new java.io.IOException("brotli is not available in this harness"); }
}
