package com.computegap.viewmodel;

import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioProblem;
import java.util.List;

/**
 * A document that could not be opened or saved, as the view models report it to the view: the file
 * as the user named it and every problem found, as plain messages. It is a {@link
 * ScenarioException} (same message, the original as its cause), so code that catches that still
 * works; the view catches this type only and never needs the scenario layer.
 */
public final class DocumentException extends ScenarioException {

  private static final long serialVersionUID = 1L;

  DocumentException(ScenarioException cause) {
    super(cause.file(), cause.problems());
    initCause(cause);
  }

  /** Every problem's message, the first being the one in {@link #getMessage()}; never empty. */
  public List<String> messages() {
    return problems().stream().map(ScenarioProblem::message).toList();
  }
}
