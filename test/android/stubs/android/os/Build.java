package android.os;
/** Stub of Android's Build: a phone on API 34. */
public class Build {
    public static final String BRAND = "google", DEVICE = "husky", FINGERPRINT = "google/husky/husky:14/UQ1A/1:user/release-keys",
        HARDWARE = "husky", MODEL = "Pixel 8 Pro", MANUFACTURER = "Google", PRODUCT = "husky", BOARD = "husky", HOST = "abfarm", BOOTLOADER = "1", TAGS = "release-keys";
    public static class VERSION { public static final int SDK_INT = 34; public static final String RELEASE = "14"; }
    public static class VERSION_CODES { public static final int M = 23, N = 24, O = 26, P = 28, Q = 29, R = 30, S = 31, TIRAMISU = 33, UPSIDE_DOWN_CAKE = 34; }
}
