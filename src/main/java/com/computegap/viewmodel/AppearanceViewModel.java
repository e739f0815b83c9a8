package com.computegap.viewmodel;

import com.computegap.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * How the app looks and speaks, remembered between runs: the window theme, the theme used when
 * presenting, the language, and the sliders pinned for presentation mode.
 */
public final class AppearanceViewModel {

  /** Sliders shown in presentation mode until the presenter pins others. */
  public static final List<String> DEFAULT_PINS =
      List.of(
          "depin.tokenPriceMultiplier",
          "depin.buyerDemandUsdB",
          "chips.supplyGrowthPct",
          "chips.hyperscalerPriorityCapPct");

  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
  private final ObjectProperty<Theme> presentationTheme = new SimpleObjectProperty<>();
  private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
  private final ObservableList<String> pinned = FXCollections.observableArrayList();

  public AppearanceViewModel(Preferences prefs) {
    theme.set(themeOr(prefs.get("theme", ""), Theme.LIGHT));
    presentationTheme.set(themeOr(prefs.get("presentationTheme", ""), Theme.HIGH_CONTRAST));
    String tag = prefs.get("language", "");
    language.set(
        Messages.supported(tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag)));
    Messages.setLocale(language.get());
    String pins = prefs.get("pinned", String.join(",", DEFAULT_PINS));
    pinned.setAll(pins.isBlank() ? List.of() : Arrays.asList(pins.split(",")));

    theme.addListener((obs, was, now) -> prefs.put("theme", now.name()));
    presentationTheme.addListener((obs, was, now) -> prefs.put("presentationTheme", now.name()));
    language.addListener(
        (obs, was, now) -> {
          Messages.setLocale(now);
          prefs.put("language", now.toLanguageTag());
        });
    pinned.addListener(
        (ListChangeListener<String>) c -> prefs.put("pinned", String.join(",", pinned)));
  }

  /** The window's theme outside presentation mode. */
  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  /** The theme presentation mode switches to (high contrast or dark). */
  public ObjectProperty<Theme> presentationThemeProperty() {
    return presentationTheme;
  }

  /** The UI language: English or Japanese. Setting it switches {@link Messages}. */
  public ObjectProperty<Locale> languageProperty() {
    return language;
  }

  /** Parameter paths shown as sliders in presentation mode, in order. */
  public ObservableList<String> pinned() {
    return pinned;
  }

  public boolean isPinned(String path) {
    return pinned.contains(path);
  }

  /** Pins or unpins a slider for presentation mode. */
  public void setPinned(String path, boolean pin) {
    if (pin && !pinned.contains(path)) {
      pinned.add(path);
    } else if (!pin) {
      pinned.remove(path);
    }
  }

  private static Theme themeOr(String name, Theme fallback) {
    try {
      return name.isEmpty() ? fallback : Theme.valueOf(name);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
