package com.computegap.viewmodel;

import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;

import com.computegap.model.FieldScope;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.Unit;
import com.computegap.scenario.ScenarioException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Side-by-side comparison of two scenarios, A and B. Either the current state is pinned as A and the
 * live document is B (drag a slider, see the variant against the pinned baseline), or the live
 * document is A and a second file is B. Charts draw A solid and B dashed; the table lists every
 * parameter that differs and every KPI with both values and the change.
 */
public final class CompareViewModel {

    /** Where A and B come from. */
    public enum Mode { OFF, PINNED_A_LIVE_B, LIVE_A_FILE_B }

    private final ExplorerViewModel document;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper aName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bName = new ReadOnlyStringWrapper("");
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private Mode mode = Mode.OFF;
    private Scenario fixed;
    private ModelResult fixedResult;

    public CompareViewModel(ExplorerViewModel document) {
        this.document = document;
        document.resultProperty().addListener((obs, was, now) -> refresh());
    }

    /** Pins the current state as A; from now on the live document is B. */
    public void pinCurrentAsA() {
        fixed = document.scenario();
        fixedResult = document.result();
        mode = Mode.PINNED_A_LIVE_B;
        aName.set(Messages.format("compare.pinned", fixed.name()));
        refresh();
    }

    /** Opens a second file as B; the live document is A. On failure nothing changes. */
    public void openB(Path file) throws ScenarioException {
        Scenario s = document.read(file);
        fixed = s;
        fixedResult = GapModel.compute(s);
        mode = Mode.LIVE_A_FILE_B;
        bName.set(Messages.format("compare.file", file.getFileName().toString()));
        refresh();
    }

    /** Uses a given scenario as B (a bundled one, chosen from a menu). */
    public void compareWith(Scenario b, String label) {
        fixed = b;
        fixedResult = GapModel.compute(b);
        mode = Mode.LIVE_A_FILE_B;
        bName.set(label);
        refresh();
    }

    /** Ends the comparison. */
    public void clear() {
        mode = Mode.OFF;
        fixed = null;
        fixedResult = null;
        rows.clear();
        active.set(false);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Mode mode() {
        return mode;
    }

    public ReadOnlyStringProperty aNameProperty() {
        return aName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bNameProperty() {
        return bName.getReadOnlyProperty();
    }

    /** Every differing parameter, then every KPI. */
    public ObservableList<ComparisonRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** A's scenario and result: the solid series. */
    public Scenario scenarioA() {
        return mode == Mode.PINNED_A_LIVE_B ? fixed : document.scenario();
    }

    public ModelResult resultA() {
        return mode == Mode.PINNED_A_LIVE_B ? fixedResult : document.result();
    }

    /** B's scenario and result: the dashed series; {@code null} when the comparison is off. */
    public Scenario scenarioB() {
        return mode == Mode.OFF ? null : mode == Mode.PINNED_A_LIVE_B ? document.scenario() : fixed;
    }

    public ModelResult resultB() {
        return mode == Mode.OFF ? null : mode == Mode.PINNED_A_LIVE_B ? document.result() : fixedResult;
    }

    private void refresh() {
        if (mode == Mode.OFF) {
            return;
        }
        if (mode == Mode.PINNED_A_LIVE_B) {
            bName.set(Messages.format("compare.liveB", document.scenario().name()));
        } else {
            aName.set(Messages.format("compare.liveA", document.scenario().name()));
        }
        rows.setAll(table(scenarioA(), resultA(), scenarioB(), resultB()));
        active.set(true);
    }

    /** The comparison table of two scenarios; pure, so tests can check it for known pairs. */
    public static List<ComparisonRow> table(Scenario a, ModelResult ra, Scenario b, ModelResult rb) {
        List<ComparisonRow> out = new ArrayList<>();
        Map<String, ParameterPath> paths = new LinkedHashMap<>();
        ScenarioParameters.of(a).forEach(p -> paths.put(p.text(), p));
        ScenarioParameters.of(b).forEach(p -> paths.putIfAbsent(p.text(), p));
        for (ParameterPath p : paths.values()) {
            double va = p.unresolvedReason(a) == null ? p.get(a) : Double.NaN;
            double vb = p.unresolvedReason(b) == null ? p.get(b) : Double.NaN;
            if (Double.compare(va, vb) != 0) {
                out.add(new ComparisonRow(ComparisonRow.Kind.PARAMETER, p.text(), parameterLabel(p),
                        va, vb, parameterText(p.field(), va), parameterText(p.field(), vb), difference(p.field(), va, vb)));
            }
        }
        for (KpiKind k : KpiKind.values()) {
            double va = k.valueOf(ra);
            double vb = k.valueOf(rb);
            out.add(new ComparisonRow(ComparisonRow.Kind.KPI, k.nodeId(), Messages.get(k.keyStem() + ".title"), va, vb,
                    kpiText(k, va), kpiText(k, vb), kpiChange(va, vb)));
        }
        return out;
    }

    private static String parameterLabel(ParameterPath p) {
        String base = Messages.get("param." + p.field().template() + ".label");
        if (p.selector() == null) {
            return base;
        }
        String owner = p.field().scope() == FieldScope.HYPERSCALER ? p.selector().text()
                : Messages.format("compare.megaProject", p.selector().index() + 1);
        return owner + " · " + base;
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
