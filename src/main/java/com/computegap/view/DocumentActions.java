package com.computegap.view;

import com.computegap.model.Scenario;
import com.computegap.text.DocumentNames;
import com.computegap.text.Messages;
import com.computegap.viewmodel.DocumentException;
import com.computegap.viewmodel.ExplorerViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file commands as the user meets them: choosers, the unsaved-changes question, error dialogs.
 * The work itself is the view model's; a failure never changes the open document.
 */
final class DocumentActions {

  private final ExplorerViewModel vm;
  private final Supplier<Window> owner;
  private File lastFolder;

  DocumentActions(ExplorerViewModel vm, Supplier<Window> owner) {
    this.vm = vm;
    this.owner = owner;
  }

  void newDocument() {
    if (confirmDiscard()) {
      vm.newDocument();
    }
  }

  void openBundled(String name) {
    if (confirmDiscard()) {
      vm.openBundled(name);
    }
  }

  /** Asks for a file and opens it. */
  void open() {
    FileChooser chooser = chooser("dialog.open.title");
    File f = chooser.showOpenDialog(owner.get());
    if (f != null) {
      open(f.toPath());
    }
  }

  /**
   * Opens {@code file} (from Open Recent, drag and drop or the command line). A bad file is refused
   * with the validator's message before anything else; then unsaved changes are asked about.
   */
  boolean open(Path file) {
    Scenario loaded;
    try {
      loaded = vm.read(file);
    } catch (DocumentException e) {
      Dialogs.showError(owner.get(), "dialog.openFailed.header", e);
      return false;
    }
    if (!confirmDiscard()) {
      return false;
    }
    vm.adopt(loaded, file);
    lastFolder = parentOf(file);
    return true;
  }

  /** Saves to the document's file, or asks for one. */
  boolean save() {
    if (vm.fileProperty().get() == null) {
      return saveAs();
    }
    try {
      vm.save();
      return true;
    } catch (DocumentException e) {
      Dialogs.showError(owner.get(), "dialog.saveFailed.header", e);
      return false;
    }
  }

  boolean saveAs() {
    FileChooser chooser = chooser("dialog.saveAs.title");
    Path current = vm.fileProperty().get();
    chooser.setInitialFileName(
        current != null
            ? current.getFileName().toString()
            : DocumentNames.fileStem(vm.scenario().name()) + DocumentNames.EXTENSION);
    File f = chooser.showSaveDialog(owner.get());
    if (f == null) {
      return false;
    }
    try {
      vm.saveAs(f.toPath());
      lastFolder = parentOf(f.toPath());
      return true;
    } catch (DocumentException e) {
      Dialogs.showError(owner.get(), "dialog.saveFailed.header", e);
      return false;
    }
  }

  /**
   * Writes a copy to mail: the scenario with its sources and a note of what was changed from the
   * scenario it started from. The document keeps its own file and unsaved state.
   */
  boolean saveSharingCopy() {
    FileChooser chooser = chooser("dialog.shareCopy.title");
    chooser.setInitialFileName(
        DocumentNames.fileStem(vm.scenario().name()) + "-shared" + DocumentNames.EXTENSION);
    File f = chooser.showSaveDialog(owner.get());
    if (f == null) {
      return false;
    }
    try {
      Path target = vm.saveSharingCopy(f.toPath());
      lastFolder = parentOf(target);
      return true;
    } catch (DocumentException e) {
      Dialogs.showError(owner.get(), "dialog.saveFailed.header", e);
      return false;
    }
  }

  /** Lets the user rename the scenario and edit its description (one undo step). */
  void describe() {
    Dialogs.describeScenario(owner.get(), vm.scenario()).ifPresent(d -> vm.describe(d[0], d[1]));
  }

  /**
   * Whether the open document may be replaced or closed: true when it has no unsaved changes, or
   * the user saved or chose to discard them.
   */
  boolean confirmDiscard() {
    if (!vm.isDirty()) {
      return true;
    }
    Path f = vm.fileProperty().get();
    String name = DocumentNames.documentName(f, vm.scenario().name());
    return switch (Dialogs.askToSave(owner.get(), name)) {
      case SAVE -> save();
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  private FileChooser chooser(String titleKey) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get(titleKey));
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                Messages.get("dialog.filter.scenario"), "*" + DocumentNames.EXTENSION),
            new FileChooser.ExtensionFilter(Messages.get("dialog.filter.json"), "*.json"));
    Path current = vm.fileProperty().get();
    File folder = current != null ? parentOf(current) : lastFolder;
    if (folder != null && folder.isDirectory()) {
      chooser.setInitialDirectory(folder);
    }
    return chooser;
  }

  private static File parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? null : parent.toFile();
  }
}
