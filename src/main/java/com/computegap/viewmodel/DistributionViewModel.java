package com.computegap.viewmodel;

import com.computegap.chart.DistributionData;
import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.Column;
import com.computegap.model.OutputDistribution;
import com.computegap.model.Scenario;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.ClaimTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The distribution view of the uncertainty view: for a chosen output and year, a histogram and the
 * cumulative curve of the Monte Carlo runs ({@link OutputDistribution}), with the scenario as set
 * and each matching claim's threshold marked.
 *
 * <p>It follows the {@link UncertaintyViewModel} while it shows ({@link #activeProperty()}): after
 * each finished run, and when the output or year changes, the runs are redrawn with that run's
 * scenario, run count and seed on a background thread; a newer request cancels the older one, whose
 * result is dropped. The histogram covers the middle 99 % of the finite values (and every marker),
 * so one far tail does not squash it; the note says how many runs fall outside, are infinite or
 * undefined. Properties change on the JavaFX thread only.
 */
public final class DistributionViewModel implements AutoCloseable {

  /** Bins of the histogram. */
  public static final int BINS = 40;

  /** Positive values spanning more than this factor are binned and drawn on a log scale. */
  public static final double LOG_SPAN = 20;

  /** Computes a distribution; tests substitute one they can hold back. */
  @FunctionalInterface
  public interface Sampler {
    OutputDistribution of(Scenario s, Column c, int year, int runs, long seed, CancelFlag cancel);
  }

  private final UncertaintyViewModel uncertainty;
  private final Sampler sampler;
  private final Executor background;
  private final Executor fx;
  private final ExecutorService ownExecutor;
  private final ObjectProperty<Column> column =
      new SimpleObjectProperty<>(Column.COMPUTE_GAP_RATIO);
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<DistributionData> data = new ReadOnlyObjectWrapper<>();
  private final AtomicLong latest = new AtomicLong();
  private final BooleanProperty active = new SimpleBooleanProperty(false);
  private CancelFlag currentFlag;
  private boolean stale = true;

  /** The app's: a background thread of its own, results on the JavaFX thread. */
  public DistributionViewModel(UncertaintyViewModel uncertainty) {
    this(uncertainty, OutputDistribution::of, null, Platform::runLater);
  }

  /**
   * For tests.
   *
   * @param background where distributions are computed, or {@code null} for a thread of its own
   */
  public DistributionViewModel(
      UncertaintyViewModel uncertainty, Sampler sampler, Executor background, Executor fx) {
    this.uncertainty = uncertainty;
    this.sampler = sampler;
    this.fx = fx;
    if (background == null) {
      ownExecutor = BackgroundThreads.singleBelowUi("distribution-ui");
      this.background = ownExecutor;
    } else {
      ownExecutor = null;
      this.background = background;
    }
    uncertainty.outcomeProperty().addListener((obs, was, now) -> refresh());
    column.addListener((obs, was, now) -> refresh());
    year.addListener((obs, was, now) -> refresh());
    active.addListener(
        (obs, was, now) -> {
          if (now && stale) {
            refresh();
          }
        });
    data.set(DistributionData.empty("", Messages.get("dist.waiting")));
  }

  /** Whether the distribution shows; it is computed only while it does. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** The outputs to choose from: every model output. */
  public List<Column> columns() {
    return Column.outputs();
  }

  public String columnLabel(Column c) {
    return c == null ? "" : AnalysisTexts.column(c);
  }

  /** The output shown; the compute gap at first. */
  public ObjectProperty<Column> columnProperty() {
    return column;
  }

  /** The year shown; the last year of the horizon at first, kept inside it. */
  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  /** The years of the horizon of the run shown. */
  public ObservableList<Integer> years() {
    return years;
  }

  /** What the chart draws; an empty chart with a note before the first run. */
  public ReadOnlyObjectProperty<DistributionData> dataProperty() {
    return data.getReadOnlyProperty();
  }

  /** Rebuilds the texts in the current language. */
  public void relocalize() {
    refresh();
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

  private void refresh() {
    UncertaintyViewModel.Outcome o = uncertainty.outcome();
    if (o == null || column.get() == null) {
      return;
    }
    if (!active.get()) {
      stale = true;
      return;
    }
    stale = false;
    Scenario shown = o.scenario();
    List<Integer> horizon = new ArrayList<>();
    for (int y = shown.startYear(); y <= shown.endYear(); y++) {
      horizon.add(y);
    }
    if (!horizon.equals(years)) {
      years.setAll(horizon);
    }
    Integer y = year.get();
    if (y == null || y < shown.startYear() || y > shown.endYear()) {
      year.set(shown.endYear()); // calls refresh again with a year inside the horizon
      return;
    }
    if (currentFlag != null) {
      currentFlag.cancel();
    }
    CancelFlag flag = new CancelFlag();
    currentFlag = flag;
    long generation = latest.incrementAndGet();
    Column c = column.get();
    int runs = o.result().runs();
    long seed = o.result().seed();
    Scenario s = UncertaintyViewModel.withoutDanglingRanges(shown, new ArrayList<>());
    double asSet = c.of(o.deterministic().rows().get(y - shown.startYear()));
    background.execute(
        () -> {
          if (flag.isCancelled()) {
            return;
          }
          try {
            OutputDistribution d = sampler.of(s, c, y, runs, seed, flag);
            fx.execute(
                () -> {
                  if (generation == latest.get()) {
                    currentFlag = null;
                    data.set(build(d, c, y, asSet, shown.claims()));
                  }
                });
          } catch (CancellationException e) {
            // superseded
          } catch (RuntimeException e) {
            fx.execute(
                () -> {
                  if (generation == latest.get()) {
                    data.set(
                        DistributionData.empty(
                            columnLabel(c),
                            Messages.format("dist.failed", String.valueOf(e.getMessage()))));
                  }
                });
          }
        });
  }

  /**
   * The chart's data for {@code d}: {@value #BINS} bins over the middle 99 % of the finite values
   * widened to every finite marker, the cumulative curve at the bin edges, the scenario value and
   * the thresholds of the claims on {@code c} in {@code y}.
   */
  public static DistributionData build(
      OutputDistribution d, Column c, int y, double asSet, List<Claim> claims) {
    String name = AnalysisTexts.column(c);
    String title =
        Messages.format(
            "dist.title",
            name,
            AnalysisTexts.unit(c.unit()),
            Formats.year(y),
            Formats.value(d.runs(), 0));
    List<DistributionData.Marker> markers = new ArrayList<>();
    if (Double.isFinite(asSet)) {
      markers.add(
          new DistributionData.Marker(
              asSet,
              Messages.format("dist.marker.scenario", AnalysisTexts.output(c, asSet)),
              DistributionData.Kind.SCENARIO));
    }
    for (Claim claim : claims) {
      if (claim.column() == c && claim.year() == y && Double.isFinite(claim.value())) {
        markers.add(
            new DistributionData.Marker(
                claim.value(),
                Messages.format(
                    "dist.marker.claim",
                    claim.label(),
                    ClaimTexts.op(claim.op()),
                    AnalysisTexts.output(c, claim.value())),
                DistributionData.Kind.CLAIM));
      }
    }
    double[] v = d.sorted();
    int runs = d.runs();
    List<String> notes = new ArrayList<>();
    if (d.positiveInfinite() + d.negativeInfinite() > 0) {
      notes.add(
          Messages.format(
              "dist.note.infinite",
              ClaimTexts.share((double) (d.positiveInfinite() + d.negativeInfinite()) / runs)));
    }
    if (d.undefined() > 0) {
      notes.add(
          Messages.format("dist.note.undefined", ClaimTexts.share((double) d.undefined() / runs)));
    }
    if (v.length == 0) {
      notes.add(Messages.format("dist.note.noFinite", name, Formats.year(y)));
      DistributionData empty = DistributionData.empty(title, String.join("  ·  ", notes));
      return new DistributionData(
          title,
          empty.axisLabel(),
          "",
          "",
          legend(),
          new double[0],
          new double[0],
          new double[0],
          new double[0],
          new double[0],
          List.of(),
          List.copyOf(markers),
          empty.note(),
          false);
    }
    double lo = v[rank(v.length, 0.5)];
    double hi = v[rank(v.length, 99.5)];
    for (DistributionData.Marker m : markers) {
      lo = Math.min(lo, m.value());
      hi = Math.max(hi, m.value());
    }
    if (!(hi > lo)) {
      double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.05;
      lo -= pad;
      hi += pad;
    }
    boolean log = lo > 0 && hi / lo > LOG_SPAN;
    double[] edges = new double[BINS + 1];
    for (int i = 0; i <= BINS; i++) {
      edges[i] =
          i == 0
              ? lo
              : i == BINS
                  ? hi
                  : log ? lo * Math.pow(hi / lo, (double) i / BINS) : lo + i * (hi - lo) / BINS;
    }
    int[] counts = new int[BINS];
    int below = 0;
    int above = 0;
    for (double x : v) {
      if (x < lo) {
        below++;
      } else if (x > hi) {
        above++;
      } else {
        double f = log ? Math.log(x / lo) / Math.log(hi / lo) : (x - lo) / (hi - lo);
        counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor(f * BINS)))]++;
      }
    }
    if (below + above > 0) {
      notes.add(
          Messages.format(
              "dist.note.outside",
              ClaimTexts.share((double) below / runs),
              ClaimTexts.share((double) above / runs)));
    }
    double[] binLow = new double[BINS];
    double[] binHigh = new double[BINS];
    double[] share = new double[BINS];
    List<String> tooltips = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      binLow[i] = edges[i];
      binHigh[i] = edges[i + 1];
      share[i] = 100.0 * counts[i] / runs;
      tooltips.add(
          Messages.format(
              "dist.tooltip",
              AnalysisTexts.output(c, binLow[i]),
              AnalysisTexts.output(c, binHigh[i]),
              ClaimTexts.share((double) counts[i] / runs),
              Formats.value(counts[i], 0)));
    }
    double[] cx = new double[BINS + 1];
    double[] cy = new double[BINS + 1];
    for (int i = 0; i <= BINS; i++) {
      cx[i] = edges[i];
      cy[i] = 100 * d.cumulative(cx[i]);
    }
    return new DistributionData(
        title,
        "", // the title names the output and its unit; the chart is short
        Messages.get("dist.axis.share"),
        Messages.get("dist.axis.cumulative"),
        legend(),
        binLow,
        binHigh,
        share,
        cx,
        cy,
        List.copyOf(tooltips),
        List.copyOf(markers),
        String.join("  ·  ", notes),
        log);
  }

  private static List<String> legend() {
    return List.of(Messages.get("dist.legend.histogram"), Messages.get("dist.legend.cumulative"));
  }

  /** The index of the nearest-rank percentile {@code p} among {@code n} sorted values. */
  private static int rank(int n, double p) {
    return Math.max(0, Math.min(n - 1, (int) Math.ceil(p / 100 * n) - 1));
  }
}
