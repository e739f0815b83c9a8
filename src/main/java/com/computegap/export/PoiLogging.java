package com.computegap.export;

/**
 * Apache POI logs through the Log4j API (and PDFBox's commons-logging picks that API up once POI
 * brings it onto the class path), and with no Log4j implementation on the class path the API prints
 * "could not find a logging provider" on stderr, which would break the command line's promise of an
 * empty stderr on success. Pointing Log4j at its built-in simple logger, switched off, before POI's
 * first class loads keeps stderr for the app's own messages. An explicit {@code
 * log4j2.loggerContextFactory} setting wins.
 */
public final class PoiLogging {

  private PoiLogging() {}

  /** Call before the first POI class is used; idempotent. */
  public static void quiet() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }
}
