package com.computegap.chart;

import com.computegap.model.Hyperscaler;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios at the edges of the valid ranges still draw every chart, in every size, without failing. */
class DegenerateScenariosTest {

    static Stream<Scenario> scenarios() {
        Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
        List<Hyperscaler> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Hyperscaler("Company " + i, 1 + i, i % 7, 50));
        }
        return Stream.of(
                GapRatioChartTest.nothingAnywhere(),
                essay.withYears(1),
                essay.withYears(30),
                essay.withHyperscalers(fifty).withYears(30),
                essay.withDepin(essay.depin().withFrontierEfficiencyPct(0)),
                essay.withChips(essay.chips().withSupplyK(0)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldDrawEveryChartWithoutFailing(Scenario s) {
        ChartInput input = ChartFixtures.input(s).withCompare(s, ChartFixtures.input(s).result());
        for (ChartKind kind : ChartKind.values()) {
            for (int[] size : new int[][] {{390, 385}, {1600, 1000}}) {
                ModelChart chart = ChartFixtures.chart(kind, input);
                assertTrue(ChartFixtures.colours(ChartFixtures.draw(chart, size[0], size[1])) > 3, kind + " " + s.name());
            }
        }
    }
}
