package com.computegap.viewmodel;

/** Where user preferences are kept between runs; the app stores them in its settings file. */
public interface Preferences {

  String get(String key, String fallback);

  void put(String key, String value);

  /** Keeps nothing: for tests. */
  static Preferences inMemory() {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    return new Preferences() {
      @Override
      public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
      }

      @Override
      public void put(String key, String value) {
        values.put(key, value);
      }
    };
  }
}
