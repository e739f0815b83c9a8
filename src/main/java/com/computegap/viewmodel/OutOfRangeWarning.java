package com.computegap.viewmodel;

import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.text.ParameterNames;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The uncertainty view's warning when a slider stands outside the uncertainty range of its
 * parameter: the Monte Carlo draws that parameter from its range and ignores the slider, so the
 * scenario line lies outside the band. One line naming each such parameter with its value and
 * range; empty when every slider is inside. The range is the distribution's 5-95 % span for normal
 * and lognormal ranges and its whole support for uniform and triangular ones.
 */
public final class OutOfRangeWarning {

  private OutOfRangeWarning() {}

  /** The warning for {@code s} in the current language, or empty. */
  public static String of(Scenario s) {
    List<String> outside = new ArrayList<>();
    for (UncertainParameter u : s.uncertainty()) {
      ParameterPath path;
      try {
        path = ParameterPath.parse(u.param());
      } catch (IllegalArgumentException e) {
        continue; // the view's hint already names the ranges that no longer apply
      }
      if (path.unresolvedReason(s) != null) {
        continue;
      }
      double v = path.get(s);
      double low = u.distribution().tornadoLow();
      double high = u.distribution().tornadoHigh();
      if (Double.isFinite(v) && (v < low - tolerance(low) || v > high + tolerance(high))) {
        outside.add(
            Messages.format(
                "unc.warning.item",
                ParameterNames.of(path, s),
                Formats.amount(v),
                Formats.amount(low),
                Formats.amount(high)));
      }
    }
    if (outside.isEmpty()) {
      return "";
    }
    return Messages.format(
        outside.size() == 1 ? "unc.warning.one" : "unc.warning.many",
        String.join(Messages.get("unc.warning.separator"), outside));
  }

  /** The warning following the document's scenario. */
  public static ObservableValue<String> follow(ExplorerViewModel vm) {
    return vm.scenarioProperty().map(OutOfRangeWarning::of);
  }

  /** A slider set to a range's end by typing its shown value is inside. */
  private static double tolerance(double bound) {
    return 1e-9 * Math.max(1, Math.abs(bound));
  }
}
