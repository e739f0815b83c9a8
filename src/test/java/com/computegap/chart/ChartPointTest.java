package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.computegap.model.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPointTest {

  @Test
  void shouldTagOnlyTheDrawnPointsOfSeriesThatAreAModelColumn() {
    // given a dataset with a model column and a series that is none (one company's capex)
    YearTableDataset d = new YearTableDataset(0, 0.8);
    d.setData(
        2030,
        List.of("DePIN", "Microsoft"),
        java.util.Arrays.asList(Column.DEPIN_AI_CAPEX_USD_B, null),
        List.of(
            new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY}, new double[] {40, 41, 42}));

    // then the first series' drawn point carries its column and year, as the CSV names them
    assertEquals("depinAiCapexUsdB@2030", ChartPoint.TAGS.generateURL(d, 0, 0));
    assertNull(ChartPoint.TAGS.generateURL(d, 0, 1), "a point not drawn (NaN)");
    assertNull(ChartPoint.TAGS.generateURL(d, 0, 2), "no finite value to propose");
    assertNull(ChartPoint.TAGS.generateURL(d, 1, 0), "no model column");
    assertEquals(
        new ChartPoint(Column.DEPIN_AI_CAPEX_USD_B, 2030),
        ChartPoint.parse("depinAiCapexUsdB@2030"));
  }

  @Test
  void shouldReadNothingFromTextThatIsNoTag() {
    for (String junk :
        new String[] {
          null,
          "",
          "@2030",
          "depinAiCapexUsdB@",
          "noSuchColumn@2030",
          "depinAiCapexUsdB@20x0",
          "depinAiCapexUsdB@99999",
          "depinAiCapexUsdB",
          "year@2030"
        }) {
      assertNull(ChartPoint.parse(junk), String.valueOf(junk));
    }
  }
}
