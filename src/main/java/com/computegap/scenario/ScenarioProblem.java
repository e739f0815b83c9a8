package com.computegap.scenario;

/**
 * One thing wrong with a scenario file.
 *
 * @param location the JSON path ({@code depin.sellSharePct}), {@code line 3, column 7} for syntax
 *                 errors, or empty when the whole file is at fault
 * @param message  the full sentence, starting with the location when there is one, for example
 *                 {@code depin.sellSharePct = 140 is out of range 0..100}
 */
public record ScenarioProblem(String location, String message) {
}
