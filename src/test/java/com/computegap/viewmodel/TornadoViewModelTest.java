package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.TornadoBars;
import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.Scenario;
import com.computegap.model.Tornado;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tornado's bars are the engine's, for the scenario of the Monte Carlo result shown. */
class TornadoViewModelTest {

  private ExplorerViewModel doc;
  private UncertaintyViewModel mc;
  private TornadoViewModel tornado;
  private final List<Runnable> worker = new ArrayList<>();

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
    mc =
        new UncertaintyViewModel(
            doc, MonteCarlo::run, (task, delay) -> worker.add(task), Runnable::run, 0);
    tornado = new TornadoViewModel(mc);
  }

  private void runAll() {
    while (!worker.isEmpty()) {
      worker.remove(0).run();
    }
  }

  @Test
  void shouldHoldTheEnginesBarsInOrder() {
    assertNull(tornado.dataProperty().get(), "nothing before the first run");
    mc.activeProperty().set(true);
    runAll();
    Scenario s = doc.scenario();
    assertEquals(Column.COMPUTE_GAP_RATIO, tornado.columnProperty().get());
    assertEquals(s.endYear(), tornado.yearProperty().get());

    for (Column c :
        List.of(Column.COMPUTE_GAP_RATIO, Column.SPEND_GAP_RATIO, Column.DEPIN_AI_CAPEX_USD_B)) {
      tornado.columnProperty().set(c);
      tornado.yearProperty().set(2024);
      Tornado expected = Tornado.of(s, c, 2024);
      TornadoBars data = tornado.dataProperty().get();
      assertEquals(expected, data.tornado());
      assertEquals(expected.bars().size(), data.rows().size());
      for (int i = 0; i < data.rows().size(); i++) {
        assertEquals(expected.bars().get(i).lowOutput(), data.rows().get(i).lowOutput());
        assertEquals(expected.bars().get(i).highOutput(), data.rows().get(i).highOutput());
      }
    }
    TornadoBars data = tornado.dataProperty().get();
    assertEquals("DePIN AI capex in 2024: what moves it most", data.title());
    assertEquals("Token price: 0.3 \u2192 3 \u00D7 today", data.rows().get(0).label());
    assertEquals(List.of(2024, 2025, 2026, 2027, 2028), tornado.years());
  }

  @Test
  void shouldExplainWhenTheScenarioValueIsInfinite() {
    mc.activeProperty().set(true);
    runAll();
    tornado.columnProperty().set(Column.SPEND_GAP_RATIO);
    tornado.yearProperty().set(2028);
    TornadoBars data = tornado.dataProperty().get();
    assertTrue(data.rows().isEmpty());
    assertEquals(
        "Spend gap in 2028 is \u221E with the scenario as set, so there is no swing to show: pick another "
            + "year or output.",
        data.empty());
  }

  @Test
  void shouldKeepTheYearInsideANewHorizon() {
    mc.activeProperty().set(true);
    runAll();
    doc.openBundled(BundledScenarios.REALITY_2026);
    runAll();
    Scenario s = doc.scenario();
    assertTrue(
        tornado.yearProperty().get() >= s.startYear()
            && tornado.yearProperty().get() <= s.endYear());
    assertEquals(s.startYear(), tornado.years().get(0));
  }
}
