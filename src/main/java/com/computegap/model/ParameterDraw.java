package com.computegap.model;

/**
 * One uncertain parameter of a Monte Carlo run, resolved against the scenario: turns a uniform
 * number into the parameter's value and sets it in a kernel.
 */
record ParameterDraw(
    Distribution distribution,
    NumericField field,
    int[] indices,
    ValueRange range,
    double mu,
    double sigma) {

  static ParameterDraw of(UncertainParameter u, Scenario s) {
    ParameterPath path = MonteCarlo.variablePath(u.param(), s);
    NumericField field = path.field();
    Distribution d = u.distribution();
    boolean logNormal = d instanceof Distribution.LogNormal l && l.p5() != l.p95();
    double mu = logNormal ? ((Distribution.LogNormal) d).mu() : 0;
    double sigma = logNormal ? ((Distribution.LogNormal) d).sigma() : 0;
    return new ParameterDraw(d, field, path.indices(s), field.validRange(), mu, sigma);
  }

  /**
   * The parameter value at cumulative probability {@code u}: {@link Sampling#quantile} (with a
   * lognormal's mu and sigma worked out once), clamped, then rounded for whole-number fields.
   */
  double value(double u) {
    double q =
        sigma > 0
            ? StrictMath.exp(mu + sigma * Sampling.inverseStandardNormal(u))
            : Sampling.quantile(distribution, u);
    double v = range.clamp(q);
    return field.wholeNumber() ? Math.rint(v) : v;
  }

  void apply(GapKernel kernel, double v) {
    for (int i : indices) {
      kernel.set(field, i, v);
    }
  }
}
