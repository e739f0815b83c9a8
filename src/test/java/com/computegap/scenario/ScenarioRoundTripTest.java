package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario survives save and load unchanged, and says where its numbers come from.
 */
class ScenarioRoundTripTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldLoadAnEqualScenarioAfterSaving(String name, @TempDir Path dir) throws Exception {
    Scenario original = BundledScenarios.load(name);
    Path file = dir.resolve(name);
    ScenarioFiles.save(original, file);
    Scenario reread = ScenarioReader.read(file);
    assertEquals(original, reread);
    // and a second save writes the very same bytes
    Path again = dir.resolve("again" + ScenarioFiles.EXTENSION);
    ScenarioFiles.save(reread, again);
    assertEquals(Files.readString(file), Files.readString(again));
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldMatchTheFileInTheRepository(String name) throws Exception {
    Scenario fromClassPath = BundledScenarios.load(name);
    Scenario fromFolder = ScenarioReader.read(Path.of("scenarios", name));
    assertEquals(fromFolder, fromClassPath);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldBeStoredInTheFormTheAppWrites(String name) throws Exception {
    // so saving an unchanged bundled scenario reproduces the shipped file byte for byte
    assertEquals(
        Files.readString(Path.of("scenarios", name)),
        ScenarioWriter.toJson(BundledScenarios.load(name)));
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldGiveASourceForEveryNumberItSets(String name) {
    Scenario s = BundledScenarios.load(name);
    assertFalse(s.description().isBlank(), "description");
    for (ParameterPath path : ScenarioParameters.of(s)) {
      if (path.field().version2() && s.requiredSchemaVersion() == 1) {
        continue; // a version 1 file does not set the section 7 numbers: they take their defaults
      }
      assertTrue(ScenarioParameters.sourceOf(s, path) != null, name + ": no source for " + path);
    }
  }
}
