package com.computegap.model;

/**
 * The spread of one uncertain parameter (MODEL.md section 3). Values are in the parameter's own
 * unit.
 */
public sealed interface Distribution {

  /**
   * The file-format name: {@code uniform}, {@code triangular}, {@code normal} or {@code lognormal}.
   */
  String kind();

  /**
   * The low end used by the tornado: low for uniform and triangular, p5 for normal and lognormal.
   */
  double tornadoLow();

  /**
   * The high end used by the tornado: high for uniform and triangular, p95 for normal and
   * lognormal.
   */
  double tornadoHigh();

  /** Flat on {@code low .. high}. */
  record Uniform(double low, double high) implements Distribution {
    public String kind() {
      return "uniform";
    }

    public double tornadoLow() {
      return low;
    }

    public double tornadoHigh() {
      return high;
    }
  }

  /** Triangular with its peak at {@code mode}, {@code low <= mode <= high}. */
  record Triangular(double low, double mode, double high) implements Distribution {
    public String kind() {
      return "triangular";
    }

    public double tornadoLow() {
      return low;
    }

    public double tornadoHigh() {
      return high;
    }
  }

  /** Normal with mean and standard deviation; draws outside the field's valid range are clamped. */
  record Normal(double mean, double sd) implements Distribution {
    /** z of the 95th percentile of the standard normal. */
    public static final double Z95 = 1.6448536269514722;

    public String kind() {
      return "normal";
    }

    public double tornadoLow() {
      return mean - Z95 * sd;
    }

    public double tornadoHigh() {
      return mean + Z95 * sd;
    }
  }

  /** Lognormal given by its 5th and 95th percentiles, {@code 0 < p5 <= p95}. */
  record LogNormal(double p5, double p95) implements Distribution {
    public String kind() {
      return "lognormal";
    }

    public double tornadoLow() {
      return p5;
    }

    public double tornadoHigh() {
      return p95;
    }

    /** Mean of the underlying normal, ln of the median. */
    public double mu() {
      return (Math.log(p5) + Math.log(p95)) / 2;
    }

    /** Standard deviation of the underlying normal. */
    public double sigma() {
      return (Math.log(p95) - Math.log(p5)) / (2 * Normal.Z95);
    }
  }
}
