package com.computegap.model;

/**
 * The comparison of a claim: {@code column(year) OP value}. NaN never satisfies a claim (0/0 is no
 * answer either way); Infinity compares as larger than every finite number.
 */
public enum ClaimOp {
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  ClaimOp(String symbol) {
    this.symbol = symbol;
  }

  /** As written in a scenario file: {@code <}, {@code <=}, {@code >}, {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** The operator written {@code text}, or {@code null}. */
  public static ClaimOp parse(String text) {
    for (ClaimOp op : values()) {
      if (op.symbol.equals(text)) {
        return op;
      }
    }
    return null;
  }

  /** Whether {@code x OP value} holds; false whenever {@code x} is NaN. */
  public boolean holds(double x, double value) {
    return switch (this) {
      case LT -> x < value;
      case LE -> x <= value;
      case GT -> x > value;
      case GE -> x >= value;
    };
  }
}
