package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.ParameterGroup;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five numbers of MODEL.md section 7 get slider rows in their groups, with units, ranges and
 * sources.
 */
class Version2SlidersTest {

  private Locale before;
  private final ExplorerViewModel vm = ViewModels.immediate();

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "depin.priceImpactElasticity  | TOKENS | ''    | 0   | 2   | Token price feedback",
        "depin.usageRevenueUsdB       | TOKENS | B USD | 0   | 50  | Usage revenue",
        "depin.usageRevenueGrowthPct  | TOKENS | %/yr  | -50 | 200 | Usage revenue growth",
        "depin.tailEmissionPctPerYear | TOKENS | %/yr  | 0   | 20  | Tail emission",
        "chips.priceFlexPct           | CHIPS  | %     | 0   | 100 | Chip price flex",
      })
  void shouldShowTheRowInItsGroupWithUnitRangeAndSource(
      String path,
      ParameterGroup group,
      String unit,
      double sliderMin,
      double sliderMax,
      String label) {
    ParameterViewModel row = vm.parameter(path);
    assertNotNull(row, path + " has a slider row");
    assertEquals(group, row.field().group());
    assertEquals(unit, row.unit());
    assertEquals(label, row.label());
    assertEquals(0, row.valueProperty().get(), "the default reproduces version 1");
    assertEquals(sliderMin, row.sliderMinProperty().get());
    assertEquals(sliderMax, row.sliderMaxProperty().get());
    assertTrue(
        row.tooltip().contains(Messages.get("param." + row.field().template() + ".help")),
        row.tooltip());
    String source = vm.scenario().sourceOf(path);
    assertTrue(
        row.tooltip().contains(source == null ? Messages.get("param.tooltip.noSource") : source),
        "the source of the scenario, or that there is none");

    Scenario s = vm.scenario();
    Map<String, String> sources = new LinkedHashMap<>(s.sources());
    sources.put(path, "Messari, State of DePIN 2025");
    vm.change(s.withSources(sources), "source");
    assertTrue(
        vm.parameter(path).tooltip().contains("Messari, State of DePIN 2025"),
        vm.parameter(path).tooltip());
  }
}
