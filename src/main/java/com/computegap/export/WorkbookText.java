package com.computegap.export;

import com.computegap.text.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbook's strings in the language asked for, read from the app's bundles without switching
 * the language of the running app (a background export must not change what the window says).
 */
final class WorkbookText {

  private final Locale locale;
  private final ResourceBundle bundle;

  WorkbookText(Locale language) {
    locale = Messages.supported(language);
    bundle =
        ResourceBundle.getBundle(
            Messages.BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  /** The text for {@code key}; a missing key shows as {@code !key!}, as in the window. */
  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
