package com.computegap.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, from {@code com/computegap/messages*.properties} (English and
 * Japanese). The language is the system's unless changed with {@link #setLocale(Locale)}; views
 * re-read their strings when the language changes.
 */
public final class Messages {

  /** Base name of the bundle on the class path. */
  public static final String BUNDLE = "com.computegap.messages";

  private static volatile Locale locale = supported(Locale.getDefault());
  private static volatile ResourceBundle bundle = load(locale);

  private Messages() {}

  /**
   * The text for {@code key}; a missing key shows as {@code !key!} so it is noticed, never a crash.
   */
  public static String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }

  /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
  public static String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  /** Whether the bundle has {@code key}. */
  public static boolean has(String key) {
    return bundle.containsKey(key);
  }

  public static Locale locale() {
    return locale;
  }

  /** Switches language; unsupported languages fall back to English. */
  public static void setLocale(Locale requested) {
    locale = supported(requested);
    bundle = load(locale);
  }

  /** English or Japanese: the languages the bundles cover. */
  public static Locale supported(Locale requested) {
    return "ja".equals(requested.getLanguage()) ? Locale.JAPAN : Locale.US;
  }

  private static ResourceBundle load(Locale l) {
    return ResourceBundle.getBundle(
        BUNDLE,
        l,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
