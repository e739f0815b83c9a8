package com.computegap.scenario;

import java.util.List;

/**
 * A scenario file that cannot be read, parsed or validated, or a scenario that cannot be saved.
 * {@link #getMessage()} is one line: the file, then the first problem ({@code essay.gapx.json:
 * depin.sellSharePct = 140 is out of range 0..100}).
 */
public class ScenarioException extends Exception {

  private final String file;
  private final List<ScenarioProblem> problems;

  public ScenarioException(String file, List<ScenarioProblem> problems) {
    super(PlainText.oneLine(file) + ": " + problems.get(0).message());
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(String file, String message) {
    this(file, List.of(new ScenarioProblem("", message)));
  }

  public ScenarioException(String file, String message, Throwable cause) {
    this(file, List.of(new ScenarioProblem("", message)));
    initCause(cause);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** Every problem found, the first being the one in the message; never empty. */
  public List<ScenarioProblem> problems() {
    return problems;
  }
}
