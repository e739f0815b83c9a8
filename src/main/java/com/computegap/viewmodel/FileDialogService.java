package com.computegap.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file choosers the view models need, behind an interface: the window implements it with
 * JavaFX's {@code FileChooser} ({@code view.FxFileDialogService}); tests answer with a fixed file.
 */
public interface FileDialogService {

  /**
   * One entry of a chooser's type list.
   *
   * @param description what the user reads ("PNG image")
   * @param pattern a glob on the file name, {@code *.png}
   */
  record Filter(String description, String pattern) {

    /** The extension the pattern stands for, without its dot ({@code png} for {@code *.png}). */
    public String extension() {
      return pattern.startsWith("*.") ? pattern.substring(2) : "";
    }
  }

  /**
   * What to ask.
   *
   * @param title the dialog's title, already translated
   * @param initialName the suggested file name; {@code null} for none
   * @param initialFolder where the dialog starts; {@code null} for the platform's choice
   * @param filters the type list, the first being selected at the start
   */
  record Request(String title, String initialName, Path initialFolder, List<Filter> filters) {

    public Request {
      filters = List.copyOf(filters);
    }
  }

  /**
   * The user's answer to a save dialog.
   *
   * @param file the file chosen, as typed (an extension may be missing)
   * @param filter the type selected when the dialog closed; {@code null} when unknown
   */
  record Choice(Path file, Filter filter) {}

  /** Asks where to save; empty when cancelled. */
  Optional<Choice> showSave(Request request);

  /** Asks which file to open; empty when cancelled. */
  Optional<Path> showOpen(Request request);
}
