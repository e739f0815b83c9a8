package com.computegap.model;

import java.util.Objects;

/**
 * An outside figure drawn as a marker on the spend chart; it does not enter the model.
 *
 * @param label what the figure is and who reported it, never {@code null}
 * @param year the year it refers to, 2000..2100
 * @param usdB the amount, billions of US dollars, {@code >= 0}
 */
public record ReferenceMarker(String label, int year, double usdB) {

  public ReferenceMarker {
    Objects.requireNonNull(label, "label");
  }
}
