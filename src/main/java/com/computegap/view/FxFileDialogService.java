package com.computegap.view;

import com.computegap.viewmodel.FileDialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogService} with JavaFX's {@link FileChooser}, owned by the main window. */
final class FxFileDialogService implements FileDialogService {

  private final Supplier<Window> owner;

  FxFileDialogService(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Choice> showSave(Request request) {
    FileChooser chooser = chooser(request);
    File f = chooser.showSaveDialog(owner.get());
    if (f == null) {
      return Optional.empty();
    }
    FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
    Filter filter =
        selected == null
            ? null
            : request.filters().stream()
                .filter(x -> x.description().equals(selected.getDescription()))
                .findFirst()
                .orElse(null);
    return Optional.of(new Choice(f.toPath(), filter));
  }

  @Override
  public Optional<Path> showOpen(Request request) {
    File f = chooser(request).showOpenDialog(owner.get());
    return f == null ? Optional.empty() : Optional.of(f.toPath());
  }

  private static FileChooser chooser(Request request) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(request.title());
    if (request.initialName() != null) {
      chooser.setInitialFileName(request.initialName());
    }
    for (Filter f : request.filters()) {
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(f.description(), f.pattern()));
    }
    Path folder = request.initialFolder();
    if (folder != null && folder.toFile().isDirectory()) {
      chooser.setInitialDirectory(folder.toFile());
    }
    return chooser;
  }
}
