package io.crmkit.analytics.forecast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** The Nelder–Mead simplex method (standard coefficients 1, 2, 0.5, 0.5), unconstrained and derivative-free. */
final class NelderMead {
  private NelderMead() {}

  static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations) {
    int k = start.length;
    double[][] simplex = new double[k + 1][];
    double[] values = new double[k + 1];
    simplex[0] = start.clone();
    for (int i = 0; i < k; i++) {
      simplex[i + 1] = start.clone();
      simplex[i + 1][i] += step;
    }
    int evaluations = 0;
    for (int i = 0; i <= k; i++) {
      values[i] = f.applyAsDouble(simplex[i]);
      evaluations++;
    }
    Integer[] order = new Integer[k + 1];
    while (evaluations < maxEvaluations) {
      for (int i = 0; i <= k; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
      double[][] s = new double[k + 1][];
      double[] v = new double[k + 1];
      for (int i = 0; i <= k; i++) {
        s[i] = simplex[order[i]];
        v[i] = values[order[i]];
      }
      System.arraycopy(s, 0, simplex, 0, k + 1);
      System.arraycopy(v, 0, values, 0, k + 1);
      if (Math.abs(values[k] - values[0]) <= 1e-12 * (Math.abs(values[0]) + 1e-12) && spread(simplex) < 1e-9) {
        break;
      }
      double[] centroid = new double[k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          centroid[j] += simplex[i][j] / k;
        }
      }
      double[] reflected = towards(centroid, simplex[k], -1);
      double fr = f.applyAsDouble(reflected);
      evaluations++;
      if (fr < values[0]) {
        double[] expanded = towards(centroid, simplex[k], -2);
        double fe = f.applyAsDouble(expanded);
        evaluations++;
        replaceWorst(simplex, values, fe < fr ? expanded : reflected, Math.min(fe, fr));
      } else if (fr < values[k - 1]) {
        replaceWorst(simplex, values, reflected, fr);
      } else {
        boolean outside = fr < values[k];
        double[] contracted = outside ? towards(centroid, simplex[k], -0.5) : towards(centroid, simplex[k], 0.5);
        double fc = f.applyAsDouble(contracted);
        evaluations++;
        if (fc < Math.min(fr, values[k])) {
          replaceWorst(simplex, values, contracted, fc);
        } else {
          for (int i = 1; i <= k; i++) {
            simplex[i] = towards(simplex[0], simplex[i], 0.5);
            values[i] = f.applyAsDouble(simplex[i]);
            evaluations++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= k; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return simplex[best];
  }

  /** {@code c + t (p − c)}. */
  private static double[] towards(double[] c, double[] p, double t) {
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i] + t * (p[i] - c[i]);
    }
    return out;
  }

  private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
    simplex[simplex.length - 1] = point;
    values[values.length - 1] = value;
  }

  private static double spread(double[][] simplex) {
    double max = 0;
    for (int i = 1; i < simplex.length; i++) {
      for (int j = 0; j < simplex[0].length; j++) {
        max = Math.max(max, Math.abs(simplex[i][j] - simplex[0][j]));
      }
    }
    return max;
  }
}
