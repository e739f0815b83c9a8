package com.computegap.export;

/**
 * Keeps Apache POI quiet. POI logs through the Log4j API; without a Log4j implementation on the
 * class path the API prints an error about the missing provider to stderr on first use, which
 * would break the command line's promise of one line on stderr. This selects the API's own simple
 * logger, switched off, unless the user chose a logger with the same system properties.
 */
final class PoiLogging {

    private PoiLogging() {
    }

    /** Call before the first POI class is used; later calls do nothing. */
    static synchronized void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }
}
