package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.export.TableExport;
import com.computegap.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

  /** Answers every save dialog with a fixed file and type, and remembers what it was asked. */
  private static final class FixedAnswer implements FileDialogService {
    final List<Request> asked = new ArrayList<>();
    final Path file;
    final int filterIndex;

    FixedAnswer(Path file, int filterIndex) {
      this.file = file;
      this.filterIndex = filterIndex;
    }

    @Override
    public Optional<Choice> showSave(Request request) {
      asked.add(request);
      return file == null
          ? Optional.empty()
          : Optional.of(
              new Choice(file, filterIndex < 0 ? null : request.filters().get(filterIndex)));
    }

    @Override
    public Optional<Path> showOpen(Request request) {
      throw new AssertionError("exports never open files");
    }
  }

  private final ExplorerViewModel document = ViewModels.immediate();
  private final List<ExportViewModel.Outcome> outcomes = new ArrayList<>();

  private ExportViewModel exports(FileDialogService dialogs) {
    ExportViewModel vm =
        new ExportViewModel(
            document,
            () -> ChartInput.of(document.scenario(), document.result()),
            dialogs,
            Runnable::run,
            Runnable::run);
    vm.onOutcome(outcomes::add);
    return vm;
  }

  @Test
  void shouldSuggestTheDocumentsNameAndWriteTheCsvWithItsExtensionAdded(@TempDir Path dir)
      throws Exception {
    FixedAnswer dialogs = new FixedAnswer(dir.resolve("table"), 0);
    ExportViewModel exports = exports(dialogs);
    exports.exportTable(false);

    FileDialogService.Request asked = dialogs.asked.get(0);
    assertEquals("essay-baseline-april-2024.csv", asked.initialName());
    assertEquals(
        List.of("*.csv"), asked.filters().stream().map(FileDialogService.Filter::pattern).toList());
    Path written = dir.resolve("table.csv");
    Path expected = dir.resolve("expected.csv");
    TableExport.writeCsv(document.result(), expected);
    assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(written));
    assertEquals(List.of(new ExportViewModel.Outcome(written, null)), outcomes);
    assertEquals(
        Messages.format("export.status.done", written.toAbsolutePath()),
        exports.statusProperty().get());
  }

  @Test
  void shouldTakeTheChartFormatFromTheSelectedTypeWhenNoExtensionWasTyped(@TempDir Path dir)
      throws Exception {
    ExportViewModel exports = exports(new FixedAnswer(dir.resolve("gap"), 1));
    exports.exportChart(ChartKind.GAP);
    Path svg = dir.resolve("gap.svg");
    assertTrue(Files.exists(svg), "the second type of the list is SVG");
    assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
    assertEquals(
        Messages.format("export.status.done", svg.toAbsolutePath()),
        exports.statusProperty().get());
    assertTrue(outcomes.get(0).succeeded());
  }

  @Test
  void shouldDoNothingWhenTheChooserIsCancelled(@TempDir Path dir) throws Exception {
    ExportViewModel exports = exports(new FixedAnswer(null, 0));
    exports.exportBrief();
    assertEquals("", exports.statusProperty().get());
    assertEquals(List.of(), outcomes);
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void shouldReportAFailedWriteWithTheFileAndTheReason(@TempDir Path dir) throws Exception {
    Path target = Files.createDirectory(dir.resolve("brief.pdf")); // a folder in the way
    ExportViewModel exports = exports(new FixedAnswer(target, 0));
    exports.exportBrief();
    assertEquals(1, outcomes.size());
    ExportViewModel.Outcome o = outcomes.get(0);
    assertFalse(o.succeeded());
    assertEquals(target, o.target());
    assertFalse(o.error().isBlank(), "a reason is given");
    assertEquals(
        Messages.format("export.status.failed", "brief.pdf"), exports.statusProperty().get());
    assertTrue(Files.isDirectory(target), "the folder is left alone");
  }
}
