package com.computegap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {

  @Test
  void shouldMakeTheSameFileStemInEveryLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // Turkish lower-cases "I" to a dotless "ı"; a file name must not depend on that.
      assertEquals("it-is-big", DocumentNames.fileStem("IT IS BIG"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void shouldReplaceCharactersFileSystemsRefuseAndCapTheLength() {
    assertEquals(
        "essay-baseline-april-2024", DocumentNames.fileStem("Essay baseline (April 2024)"));
    assertEquals("a-b-c", DocumentNames.fileStem("  a/b:c?  "));
    assertEquals("scenario", DocumentNames.fileStem(" ?* "));
    assertEquals("x".repeat(60), DocumentNames.fileStem("X".repeat(61)));
  }

  @Test
  void shouldNameDocumentsByFileWithoutExtensionElseByScenario() {
    assertEquals("essay-2024", DocumentNames.displayName(Path.of("dir", "essay-2024.gapx.json")));
    assertEquals("notes.txt", DocumentNames.displayName(Path.of("notes.txt")));
    assertEquals("My case", DocumentNames.documentName(null, "My case"));
    assertEquals("mine", DocumentNames.documentName(Path.of("mine.gapx.json"), "My case"));
    assertEquals("bundled.depin-bull", DocumentNames.bundledLabelKey("depin-bull.gapx.json"));
  }

  @Test
  void shouldAddTheExtensionOnceAndReplacePlainJson() {
    assertEquals(Path.of("a.gapx.json"), DocumentNames.withExtension(Path.of("a")));
    assertEquals(Path.of("a.gapx.json"), DocumentNames.withExtension(Path.of("a.json")));
    assertEquals(Path.of("a.gapx.json"), DocumentNames.withExtension(Path.of("a.gapx.json")));
  }
}
