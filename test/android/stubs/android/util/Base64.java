package android.util;
/** Android's Base64 on java.util.Base64: DEFAULT wraps at 76 and decodes leniently, NO_WRAP does not wrap. */
public class Base64 {
    public static final int DEFAULT = 0, NO_PADDING = 1, NO_WRAP = 2, CRLF = 4, URL_SAFE = 8;
    public static byte[] decode(String s, int flags) { return decode(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII), flags); }
    public static byte[] decode(byte[] b, int flags) {
        // Android's decoder skips whitespace and throws IllegalArgumentException on bad input.
        String text = new String(b, java.nio.charset.StandardCharsets.US_ASCII).replaceAll("\\s", "");
        return ((flags & URL_SAFE) != 0 ? java.util.Base64.getUrlDecoder() : java.util.Base64.getDecoder()).decode(text);
    }
    public static String encodeToString(byte[] b, int flags) { return new String(encode(b, flags), java.nio.charset.StandardCharsets.US_ASCII); }
    public static byte[] encode(byte[] b, int flags) {
        java.util.Base64.Encoder e = (flags & URL_SAFE) != 0 ? java.util.Base64.getUrlEncoder() : java.util.Base64.getEncoder();
        if ((flags & NO_PADDING) != 0) e = e.withoutPadding();
        String out = e.encodeToString(b);
        if ((flags & NO_WRAP) == 0) out = out.replaceAll("(.{76})", "$1\n") + "\n";
        return out.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
