package com.computegap.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as the build wrote it into {@code version.properties}. */
final class Version {

  private Version() {}

  /** For example {@code 1.0.0}; {@code unknown} when the build did not record one. */
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("$")) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // fall through: a version is nice to have, never worth a failure
    }
    return "unknown";
  }
}
