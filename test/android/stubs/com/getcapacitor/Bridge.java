package com.getcapacitor;
/** Capacitor's Bridge: no WebView in this harness. */
public class Bridge { public Object getWebView() { return null; } public void eval(String js, Object callback) {} }
