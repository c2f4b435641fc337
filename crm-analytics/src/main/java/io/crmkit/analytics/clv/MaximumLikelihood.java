package io.crmkit.analytics.clv;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * The optimiser glue shared by every model. Parameters are positive, so the search runs on their logarithms
 * (no bounds to handle, and the scale of each parameter stops mattering). Hipparchus' Polak-Ribière conjugate
 * gradient climbs with the model's analytic gradient from each start; a few Newton steps on the Hessian (central
 * differences of the analytic gradient) then polish the maximum to full precision; the same Hessian, inverted,
 * gives the standard errors. A fit whose gradient is not ~0 at the end, or whose Hessian is not negative
 * definite, fails with a {@link FitFailedException} rather than returning a point that is not a maximum.
 */
final class MaximumLikelihood {
  /** The end of every message of a fit the data cannot pin down, so callers can tell it from a bug. */
  static final String NOT_IDENTIFIED = "the data do not identify the model (too few repeat buyers, or every customer alike?)";

  /** The total log-likelihood at {@code logParams}; its gradient with respect to them goes to {@code gradient}. */
  interface LogLikelihood {
    double evaluate(double[] logParams, double[] gradient);
  }

  /** A maximum: the parameters (natural scale), the log-likelihood, standard errors and the work done. */
  record Estimate(double[] params, double logLikelihood, double[] standardErrors, int evaluations) {}

  /** The search is confined to |log θ| ≤ 2·LOG_BOUND. */
  private static final double LOG_BOUND = 25;
  /** A maximum with a parameter beyond 1e6 or below 1e-6 is a boundary solution the data do not identify. */
  private static final double RUNAWAY = Math.log(1e6);
  /** The value reported where the likelihood is not finite. */
  private static final double WALL = -1e300;

  private MaximumLikelihood() {}

  static Estimate maximise(String model, List<String> names, LogLikelihood ll, List<double[]> starts) {
    return maximise(model, names, ll, starts, false);
  }

  /**
   * As {@link #maximise(String, List, LogLikelihood, List)}; with {@code mostLikelyFirst} the starts are tried
   * in order of their log-likelihood (one counted evaluation each; ties keep their order), so the climb from the
   * best of them is usually the only one needed — on large data a poor first start can wander to a boundary
   * (BG/NBD's a → 0) and cost a whole second climb.
   */
  static Estimate maximise(
      String model, List<String> names, LogLikelihood ll, List<double[]> given, boolean mostLikelyFirst) {
    Counting f = new Counting(ll, names.size());
    List<double[]> starts = mostLikelyFirst ? byLikelihood(f, given) : given;
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    RuntimeException lastProblem = null;
    for (double[] start : starts) {
      double[] x0 = new double[start.length];
      for (int i = 0; i < x0.length; i++) {
        x0[i] = Math.log(start[i]);
      }
      if (f.value(x0) <= WALL) {
        continue; // the likelihood is not finite at this start
      }
      try {
        NonLinearConjugateGradientOptimizer cg = new NonLinearConjugateGradientOptimizer(
            NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-9, 1e-7),
            1e-3, 1e-6, 0.05); // a loose line search: the Newton polish below supplies the precision
        PointValuePair p = cg.optimize(
            new MaxEval(20_000), new MaxIter(2_000), new ObjectiveFunction(f::value),
            new ObjectiveFunctionGradient(f::gradient), GoalType.MAXIMIZE, new InitialGuess(x0));
        double[] x = newton(f, p.getPoint());
        double v = f.value(x);
        if (runaway(x) && best != null) {
          continue; // a boundary point never displaces an interior one
        }
        if (v > bestValue || (best != null && runaway(best) && !runaway(x))) {
          bestValue = v;
          best = x;
        }
      } catch (MathRuntimeException | ArithmeticException e) {
        lastProblem = e;
      }
      // one good start is enough; the others are only there for when it fails
      if (best != null && !runaway(best) && converged(f, best)) {
        break;
      }
    }
    if (best == null) {
      throw new FitFailedException(model, "the likelihood could not be maximised from any start"
          + (lastProblem == null ? " (it is not finite there)" : " (" + lastProblem.getMessage() + ")")
          + "; check the input for degenerate data");
    }
    double[] theta = new double[best.length];
    for (int i = 0; i < best.length; i++) {
      theta[i] = Math.exp(best[i]);
      if (Math.abs(best[i]) > RUNAWAY) {
        throw new FitFailedException(model, "parameter " + names.get(i) + " ran away to " + theta[i]
            + "; " + NOT_IDENTIFIED);
      }
    }
    if (!converged(f, best)) {
      throw new FitFailedException(model, "no maximum found: the gradient is still "
          + Arrays.toString(f.gradient(best)) + " at " + describe(names, theta));
    }
    double[][] h = hessian(f, best);
    double[] se = new double[theta.length];
    try {
      RealMatrix cov = new LUDecomposition(new Array2DRowRealMatrix(h, false)).getSolver().getInverse();
      for (int i = 0; i < se.length; i++) {
        double var = -cov.getEntry(i, i) * theta[i] * theta[i]; // delta method: θ = exp(φ)
        if (!(var > 0)) {
          throw new FitFailedException(model, "the Hessian is not negative definite at " + describe(names, theta)
              + ": not a proper maximum (the likelihood is flat in " + names.get(i) + "); " + NOT_IDENTIFIED);
        }
        se[i] = Math.sqrt(var);
      }
    } catch (MathRuntimeException e) {
      throw new FitFailedException(model, "the Hessian is singular at " + describe(names, theta)
          + ": " + NOT_IDENTIFIED);
    }
    return new Estimate(theta, f.value(best), se, f.evaluations);
  }

  private static List<double[]> byLikelihood(Counting f, List<double[]> starts) {
    double[] value = new double[starts.size()];
    Integer[] order = new Integer[starts.size()];
    for (int i = 0; i < value.length; i++) {
      double[] start = starts.get(i);
      double[] phi = new double[start.length];
      for (int j = 0; j < phi.length; j++) {
        phi[j] = Math.log(start[j]);
      }
      value[i] = f.value(phi);
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> Double.compare(value[j], value[i])); // stable
    List<double[]> sorted = new java.util.ArrayList<>(order.length);
    for (Integer i : order) {
      sorted.add(starts.get(i));
    }
    return sorted;
  }

  /** Whether a parameter of the point (log scale) has run to the boundary the fit refuses. */
  private static boolean runaway(double[] x) {
    for (double xi : x) {
      if (Math.abs(xi) > RUNAWAY) {
        return true;
      }
    }
    return false;
  }

  private static boolean converged(Counting f, double[] x) {
    double[] g = f.gradient(x);
    double scale = Math.max(1.0, Math.abs(f.value(x)));
    for (double gi : g) {
      if (!(Math.abs(gi) <= 1e-5 * scale)) {
        return false;
      }
    }
    return true;
  }

  /** Newton steps with step halving; stops when the gradient vanishes or a step no longer helps. */
  private static double[] newton(Counting f, double[] start) {
    double[] x = start.clone();
    double value = f.value(x);
    for (int iter = 0; iter < 8; iter++) {
      double[] g = f.gradient(x);
      double gmax = 0;
      for (double gi : g) {
        gmax = Math.max(gmax, Math.abs(gi));
      }
      if (gmax < 1e-9 * Math.max(1, Math.abs(value))) {
        break;
      }
      double[] step;
      try {
        step = new LUDecomposition(new Array2DRowRealMatrix(hessian(f, x), false)).getSolver()
            .solve(new org.hipparchus.linear.ArrayRealVector(g, false)).toArray();
      } catch (MathRuntimeException e) {
        break;
      }
      boolean improved = false;
      for (double t = 1.0; t > 1e-4; t /= 2) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          y[i] = x[i] - t * step[i];
        }
        double v = f.value(y);
        if (v >= value) {
          x = y;
          value = v;
          improved = true;
          break;
        }
      }
      if (!improved) {
        break;
      }
    }
    return x;
  }

  /** Central differences of the analytic gradient, symmetrised. */
  static double[][] hessian(Counting f, double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int j = 0; j < n; j++) {
      double step = 1e-5 * Math.max(1, Math.abs(x[j]));
      double[] up = x.clone();
      double[] down = x.clone();
      up[j] += step;
      down[j] -= step;
      double[] gu = f.gradient(up);
      double[] gd = f.gradient(down);
      for (int i = 0; i < n; i++) {
        h[i][j] = (gu[i] - gd[i]) / (2 * step);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double m = (h[i][j] + h[j][i]) / 2;
        h[i][j] = m;
        h[j][i] = m;
      }
    }
    return h;
  }

  private static String describe(List<String> names, double[] theta) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < theta.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append((float) theta[i]);
    }
    return sb.append(')').toString();
  }

  /** Caches the last point so Hipparchus' separate value and gradient calls cost one evaluation. */
  static final class Counting {
    private final LogLikelihood ll;
    private double[] lastX = new double[0];
    private double lastValue;
    private final double[] lastGradient;
    int evaluations;

    Counting(LogLikelihood ll, int n) {
      this.ll = ll;
      this.lastGradient = new double[n];
    }

    private void at(double[] x) {
      if (Arrays.equals(x, lastX)) {
        return;
      }
      boolean inRange = true;
      for (double xi : x) {
        inRange &= Math.abs(xi) <= 2 * LOG_BOUND;
      }
      double v = inRange ? ll.evaluate(x, lastGradient) : Double.NaN;
      evaluations++;
      if (!Double.isFinite(v)) {
        v = WALL; // a wall the line search backs away from
        Arrays.fill(lastGradient, 0);
      }
      lastValue = v;
      lastX = x.clone();
    }

    double value(double[] x) {
      at(x);
      return lastValue;
    }

    double[] gradient(double[] x) {
      at(x);
      return lastGradient.clone();
    }
  }
}
