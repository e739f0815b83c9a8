package com.computegap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the layers (README, "Layout"): imports point one way, from {@code app} down
 * to {@code model}; the model is pure; the view reaches files only through the view models; no two
 * packages need each other; no source file grows past {@value #MAX_LINES} lines.
 */
class ArchitectureTest {

  /** The layers from the bottom up: each may use the ones before it, never one after it. */
  static final List<String> LAYERS =
      List.of("model", "scenario", "text", "chart", "export", "cli", "viewmodel", "view", "app");

  static final int MAX_LINES = 600;

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.computegap");
  }

  @Test
  void shouldImportOnlyDownwardsThroughTheLayers() {
    Architectures.LayeredArchitecture layers =
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      layers = layers.layer(layer).definedBy("com.computegap." + layer + "..");
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      List<String> above = LAYERS.subList(i + 1, LAYERS.size());
      layers =
          above.isEmpty()
              ? layers.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
              : layers
                  .whereLayer(LAYERS.get(i))
                  .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    layers.check(classes);
  }

  @Test
  void shouldKeepTheModelFreeOfJavaFxAndIo() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("com.computegap.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "javafx..", "java.io..", "java.nio.file..", "java.net..", "java.awt..");
    rule.check(classes);
  }

  @Test
  void shouldReachFilesFromTheViewOnlyThroughViewModels() {
    noClasses()
        .that()
        .resideInAPackage("com.computegap.view..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.computegap.scenario..")
        .check(classes);
  }

  @Test
  void shouldHaveNoCyclesBetweenPackages() {
    slices().matching("com.computegap.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void shouldChainViewModelsOneWay() {
    noClasses()
        .that()
        .haveSimpleName("ExplorerViewModel")
        .should()
        .dependOnClassesThat()
        .haveSimpleName("CompareViewModel")
        .check(classes);
    noClasses()
        .that()
        .haveSimpleName("RangeEditorViewModel")
        .should()
        .dependOnClassesThat()
        .haveSimpleName("RangesViewModel")
        .check(classes);
  }

  @Test
  void shouldKeepEverySourceFileUnderTheLineLimit() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        long lines = Files.readAllLines(f).size();
        if (lines > MAX_LINES) {
          tooLong.add(f + " (" + lines + " lines)");
        }
      }
    }
    assertEquals(List.of(), tooLong, "source files over " + MAX_LINES + " lines");
  }
}
