package com.computegap.view;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choice-box and combo-box items as text; the user picks items, never types them. */
final class DisplayConverter {

  private DisplayConverter() {}

  static <T> StringConverter<T> of(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException("choices are not typed");
      }
    };
  }
}
