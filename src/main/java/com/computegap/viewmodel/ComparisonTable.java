package com.computegap.viewmodel;

import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.Unit;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.ParameterNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows that compare two scenarios: every parameter that differs, then every KPI, with both
 * values formatted and the change. Used by the comparison ({@link CompareViewModel}) and by the
 * sharing copy's note of changes ({@link ExplorerViewModel#sharingCopy}).
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  /** The comparison table of two scenarios; pure, so tests can check it for known pairs. */
  public static List<ComparisonRow> of(Scenario a, ModelResult ra, Scenario b, ModelResult rb) {
    List<ComparisonRow> out = new ArrayList<>();
    Map<String, ParameterPath> paths = new LinkedHashMap<>();
    ScenarioParameters.of(a).forEach(p -> paths.put(p.text(), p));
    ScenarioParameters.of(b).forEach(p -> paths.putIfAbsent(p.text(), p));
    for (ParameterPath p : paths.values()) {
      double va = p.unresolvedReason(a) == null ? p.get(a) : Double.NaN;
      double vb = p.unresolvedReason(b) == null ? p.get(b) : Double.NaN;
      if (Double.compare(va, vb) != 0) {
        out.add(
            new ComparisonRow(
                ComparisonRow.Kind.PARAMETER,
                p.text(),
                ParameterNames.compared(p),
                va,
                vb,
                parameterText(p.field(), va),
                parameterText(p.field(), vb),
                difference(p.field(), va, vb)));
      }
    }
    for (KpiKind k : KpiKind.values()) {
      double va = k.valueOf(ra);
      double vb = k.valueOf(rb);
      out.add(
          new ComparisonRow(
              ComparisonRow.Kind.KPI,
              k.nodeId(),
              Messages.get(k.keyStem() + ".title"),
              va,
              vb,
              kpiText(k, va),
              kpiText(k, vb),
              kpiChange(va, vb)));
    }
    return out;
  }

  private static String parameterText(NumericField f, double v) {
    if (Double.isNaN(v)) {
      return Messages.get("compare.absent");
    }
    return f.unit() == Unit.YEAR ? Formats.year((int) v) : Formats.withUnit(v, f.unit());
  }

  private static String difference(NumericField f, double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || f.unit() == Unit.YEAR) {
      return "";
    }
    double d = b - a;
    return (d > 0 ? "+" : "−") + Formats.amount(Math.abs(d));
  }

  private static String kpiText(KpiKind k, double v) {
    return k.isRatio() ? Formats.times(v) : Messages.format("kpi.money", Formats.amount(v));
  }

  private static String kpiChange(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b) || a == 0) {
      return Double.compare(a, b) == 0 ? "" : "–";
    }
    double pct = (b - a) / a * 100;
    return Math.abs(pct) < 0.05 ? "" : Formats.percentChange(pct);
  }
}
