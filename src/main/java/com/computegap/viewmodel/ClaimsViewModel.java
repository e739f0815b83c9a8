package com.computegap.viewmodel;

import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimAnalysis;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.ClaimTexts;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claims panel of the uncertainty view: each of the document's claims with its probability over
 * the Monte Carlo runs (95 % Wilson interval), whether it holds in the scenario as set, and for the
 * selected claim "what would have to be true" (each uncertain input's median where the claim holds
 * against where it fails, largest gap first).
 *
 * <h2>When it computes</h2>
 *
 * After every finished run of the {@link UncertaintyViewModel}, with that run's scenario, run count
 * and seed (so the panel and the fans describe the same runs), on a background thread. A newer run
 * cancels the analysis of the older one through its {@link CancelFlag}, and a result that arrives
 * for an older run is dropped. The rows follow the document's claims at once: a claim added since
 * the last analysis shows "…" until the next one.
 *
 * <h2>Edits</h2>
 *
 * {@link #add}, {@link #replace} and {@link #remove} each change the document as one undo step (so
 * they mark it dirty). Properties change on the JavaFX thread only.
 */
public final class ClaimsViewModel implements AutoCloseable {

  /** Analyses the claims of a scenario; tests substitute one they can count or hold back. */
  @FunctionalInterface
  public interface Analyser {
    List<ClaimAnalysis.Outcome> analyse(Scenario s, int runs, long seed, CancelFlag cancel);
  }

  /**
   * One claim as the table shows it.
   *
   * @param claim the claim, as in the document
   * @param label its label
   * @param statement the claim written out ("DePIN share of AI capex 2030 ≥ 10 %")
   * @param probability "42.1 % (41.1–43.1)", or "…" while it is being computed
   * @param holds ✓, ✗, – (outside the horizon) or "…"
   * @param tooltip how the probability was counted
   * @param outcome the analysis, or {@code null} while pending
   */
  public record Row(
      Claim claim,
      String label,
      String statement,
      String probability,
      String holds,
      String tooltip,
      ClaimAnalysis.Outcome outcome) {}

  /**
   * One line of "what would have to be true".
   *
   * @param parameter the input's name as the slider rows call it
   * @param whereHolds its median over the runs where the claim holds, with unit
   * @param whereFails its median where it fails
   * @param gap the distance of the two, as a share of the input's p5–p95 spread
   */
  public record DriverRow(String parameter, String whereHolds, String whereFails, String gap) {}

  private final ExplorerViewModel document;
  private final Analyser analyser;
  private final Executor background;
  private final Executor fx;
  private final ExecutorService ownExecutor;

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<DriverRow> drivers = FXCollections.observableArrayList();
  private final IntegerProperty selected = new SimpleIntegerProperty(-1);
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final AtomicLong latest = new AtomicLong();

  private CancelFlag currentFlag;
  private Scenario analysedScenario;
  private List<ClaimAnalysis.Outcome> analysed = List.of();
  private UncertaintyViewModel.Outcome lastRun;
  private String lastError = "";

  /** The app's: the real analysis on a background thread of its own, results on the FX thread. */
  public ClaimsViewModel(ExplorerViewModel document, UncertaintyViewModel uncertainty) {
    this(document, uncertainty, ClaimAnalysis::analyse, null, Platform::runLater);
  }

  /**
   * For tests: a given analysis, background thread and "JavaFX thread".
   *
   * @param background where analyses run, or {@code null} for a daemon thread of its own
   */
  public ClaimsViewModel(
      ExplorerViewModel document,
      UncertaintyViewModel uncertainty,
      Analyser analyser,
      Executor background,
      Executor fx) {
    this.document = document;
    this.analyser = analyser;
    this.fx = fx;
    if (background == null) {
      ownExecutor = BackgroundThreads.singleBelowUi("claims-ui");
      this.background = ownExecutor;
    } else {
      ownExecutor = null;
      this.background = background;
    }
    uncertainty.outcomeProperty().addListener((obs, was, now) -> analyse(now));
    document
        .scenarioProperty()
        .addListener(
            (obs, was, now) -> {
              if (was == null || !was.claims().equals(now.claims())) {
                refreshRows();
              }
            });
    selected.addListener((obs, was, now) -> refreshDrivers());
    refreshRows();
  }

  // ---- state ---------------------------------------------------------------------------------

  /** The document's claims, in file order, with their answers. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /** The row whose drivers show, or -1. */
  public IntegerProperty selectedProperty() {
    return selected;
  }

  /** "What would have to be true" for the selected claim, largest gap first. */
  public ObservableList<DriverRow> drivers() {
    return drivers;
  }

  public ReadOnlyBooleanProperty computingProperty() {
    return computing.getReadOnlyProperty();
  }

  /** What the numbers are (runs and seed), what is happening, or why it failed. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Adds {@code claim} at the end of the document's claims, as one undo step. */
  public void add(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    List<Claim> list = new ArrayList<>(document.scenario().claims());
    list.add(claim);
    document.change(
        document.scenario().withClaims(list), Messages.format("undo.claimAdd", claim.label()));
  }

  /** Replaces claim {@code index} with {@code claim}, as one undo step. */
  public void replace(int index, Claim claim) {
    Objects.requireNonNull(claim, "claim");
    List<Claim> list = new ArrayList<>(document.scenario().claims());
    Objects.checkIndex(index, list.size());
    if (list.get(index).equals(claim)) {
      return;
    }
    list.set(index, claim);
    document.change(
        document.scenario().withClaims(list), Messages.format("undo.claimEdit", claim.label()));
  }

  /** Removes claim {@code index}, as one undo step. */
  public void remove(int index) {
    List<Claim> list = new ArrayList<>(document.scenario().claims());
    Objects.checkIndex(index, list.size());
    Claim gone = list.remove(index);
    document.change(
        document.scenario().withClaims(list), Messages.format("undo.claimRemove", gone.label()));
  }

  /** An editor for a new claim (the compute gap in the last year, {@code ≥ 1}). */
  public ClaimEditorViewModel newEditor() {
    Scenario s = document.scenario();
    return new ClaimEditorViewModel(
        this, s, -1, new Claim("", Column.COMPUTE_GAP_RATIO, s.endYear(), ClaimOp.GE, 1));
  }

  /** An editor for claim {@code index}. */
  public ClaimEditorViewModel editor(int index) {
    Scenario s = document.scenario();
    return new ClaimEditorViewModel(this, s, index, s.claims().get(index));
  }

  /**
   * An editor for "P(this ≤ value)" of a KPI card: its column and year with its current value, or
   * {@code null} when the card is not one output in one year (the cumulative spend gap).
   */
  public ClaimEditorViewModel editorFor(KpiKind kind) {
    Claim c = kpiClaim(kind, document.scenario(), document.result());
    return c == null ? null : new ClaimEditorViewModel(this, document.scenario(), -1, c);
  }

  /**
   * An editor for "P(this ≤ value)" of a point on a chart: that column in that year with its
   * current value, or {@code null} when the year is not in the scenario (a chart still showing the
   * previous one).
   */
  public ClaimEditorViewModel editorFor(Column column, int year) {
    if (!coversYear(year)) {
      return null;
    }
    Scenario s = document.scenario();
    return new ClaimEditorViewModel(this, s, -1, pointClaim(column, year, s, document.result()));
  }

  /** Whether the open scenario has {@code year}, so a chart point there can become a claim. */
  public boolean coversYear(int year) {
    Scenario s = document.scenario();
    return year >= s.startYear() && year <= s.endYear();
  }

  /**
   * The claim "this KPI ≤ its current value" with the statement as its label, or {@code null} for a
   * card that is not one output in one year. A value that is not finite is left as 0.
   */
  static Claim kpiClaim(KpiKind kind, Scenario s, ModelResult r) {
    Column column;
    int year;
    switch (kind) {
      case FIRST_YEAR_SPEND_GAP -> {
        column = Column.SPEND_GAP_RATIO;
        year = s.startYear();
      }
      case FINAL_COMPUTE_GAP -> {
        column = Column.COMPUTE_GAP_RATIO;
        year = s.endYear();
      }
      case PARITY_TOKEN_PRICE -> {
        column = Column.PARITY_TOKEN_PRICE_MULTIPLIER;
        year = s.startYear();
      }
      case PARITY_BUYER_DEMAND -> {
        column = Column.PARITY_BUYER_DEMAND_USD_B;
        year = s.startYear();
      }
      default -> {
        return null;
      }
    }
    return pointClaim(column, year, s, r);
  }

  /**
   * "{@code column} in {@code year} ≤ its value in {@code r}", labelled with the statement; the
   * value to three significant figures, as cards and tooltips show it, and 0 when it is not finite.
   */
  static Claim pointClaim(Column column, int year, Scenario s, ModelResult r) {
    double v = column.of(r.rows().get(year - s.startYear()));
    double value =
        Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(3)).doubleValue() : 0;
    Claim draft = new Claim("", column, year, ClaimOp.LE, value);
    return new Claim(ClaimTexts.statement(draft), column, year, ClaimOp.LE, value);
  }

  /** Re-reads every text in the current language. */
  public void relocalize() {
    refreshRows();
  }

  @Override
  public void close() {
    if (currentFlag != null) {
      currentFlag.cancel();
    }
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  // ---- analysis ------------------------------------------------------------------------------

  private void analyse(UncertaintyViewModel.Outcome o) {
    if (o == null) {
      return;
    }
    if (currentFlag != null) {
      currentFlag.cancel();
    }
    lastRun = o;
    Scenario s = UncertaintyViewModel.withoutDanglingRanges(o.scenario(), new ArrayList<>());
    long generation = latest.incrementAndGet();
    if (s.claims().isEmpty()) {
      currentFlag = null;
      analysedScenario = s;
      analysed = List.of();
      computing.set(false);
      lastError = "";
      refreshRows();
      return;
    }
    CancelFlag flag = new CancelFlag();
    currentFlag = flag;
    int runs = o.result().runs();
    long seed = o.result().seed();
    computing.set(true);
    refreshStatus();
    background.execute(
        () -> {
          if (flag.isCancelled()) {
            return;
          }
          try {
            List<ClaimAnalysis.Outcome> out = analyser.analyse(s, runs, seed, flag);
            fx.execute(() -> finished(generation, s, out));
          } catch (CancellationException e) {
            // a newer run supersedes this one
          } catch (RuntimeException e) {
            fx.execute(() -> failed(generation, e));
          }
        });
  }

  private void finished(long generation, Scenario s, List<ClaimAnalysis.Outcome> out) {
    if (generation != latest.get()) {
      return;
    }
    currentFlag = null;
    analysedScenario = s;
    analysed = out;
    lastError = "";
    computing.set(false);
    refreshRows();
  }

  private void failed(long generation, RuntimeException e) {
    if (generation != latest.get()) {
      return;
    }
    currentFlag = null;
    analysed = List.of();
    lastError = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
    computing.set(false);
    refreshRows();
  }

  // ---- rows ----------------------------------------------------------------------------------

  private void refreshRows() {
    List<Claim> claims = document.scenario().claims();
    boolean[] used = new boolean[analysed.size()];
    List<Row> out = new ArrayList<>();
    for (Claim c : claims) {
      ClaimAnalysis.Outcome match = null;
      for (int i = 0; i < analysed.size(); i++) {
        if (!used[i] && analysed.get(i).claim().equals(c)) {
          used[i] = true;
          match = analysed.get(i);
          break;
        }
      }
      out.add(row(c, match));
    }
    int keep = selected.get();
    rows.setAll(out);
    if (keep >= out.size()) {
      selected.set(out.size() - 1);
    }
    refreshDrivers();
    refreshStatus();
  }

  private static Row row(Claim c, ClaimAnalysis.Outcome o) {
    String pending = Messages.get("claims.pending");
    if (o == null) {
      return new Row(
          c,
          c.label(),
          ClaimTexts.statement(c),
          pending,
          pending,
          Messages.get("claims.pending.tooltip"),
          null);
    }
    if (!o.answered()) {
      String none = ClaimTexts.holds(null);
      return new Row(
          c,
          c.label(),
          ClaimTexts.statement(c),
          none,
          none,
          Messages.format("claims.unanswered.tooltip", Formats.year(c.year())),
          o);
    }
    String tooltip =
        Messages.format(
            "claims.row.tooltip",
            Formats.value(o.holdsCount(), 0),
            Formats.value(o.runs(), 0),
            ClaimTexts.probability(o.interval()),
            ClaimTexts.holds(o.holdsAsSet()));
    return new Row(
        c,
        c.label(),
        ClaimTexts.statement(c),
        ClaimTexts.probability(o.interval()),
        ClaimTexts.holds(o.holdsAsSet()),
        tooltip,
        o);
  }

  private void refreshDrivers() {
    int i = selected.get();
    if (i < 0 || i >= rows.size() || rows.get(i).outcome() == null) {
      drivers.clear();
      return;
    }
    List<DriverRow> out = new ArrayList<>();
    for (ClaimAnalysis.Driver d : rows.get(i).outcome().drivers()) {
      ParameterPath p = ParameterPath.parse(d.param());
      out.add(
          new DriverRow(
              AnalysisTexts.parameter(p, analysedScenario),
              AnalysisTexts.input(p.field(), d.medianWhereHolds()),
              AnalysisTexts.input(p.field(), d.medianWhereFails()),
              Double.isNaN(d.gap())
                  ? Formats.nonFinite(d.gap())
                  : Messages.format("claims.gap", Formats.value(100 * d.gap(), 0))));
    }
    drivers.setAll(out);
  }

  private void refreshStatus() {
    if (!lastError.isEmpty()) {
      status.set(Messages.format("claims.status.failed", lastError));
    } else if (document.scenario().claims().isEmpty()) {
      status.set(Messages.get("claims.status.none"));
    } else if (computing.get() || lastRun == null) {
      status.set(Messages.get("claims.status.computing"));
    } else {
      status.set(
          Messages.format(
              "claims.status.done",
              Formats.value(lastRun.result().runs(), 0),
              Long.toString(lastRun.result().seed())));
    }
  }
}
