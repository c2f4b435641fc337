package io.crmkit.core.json;

import io.crmkit.core.ValidationException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what went wrong while reading JSON into a {@link ValidationException} whose field is the JSON path
 * of the offending value, e.g. {@code contactPoints[1].raw}, and whose rule is the domain's own words where a
 * record refused a value.
 */
final class JsonErrors {
  private JsonErrors() {}

  /** The root of a document, when the value at fault is the whole document. */
  static final String ROOT = "$";

  static ValidationException translate(JacksonException e) {
    String path = path(e.getPath());
    Throwable cause = domainCause(e);
    if (cause instanceof ValidationException v) {
      String inner = v.field();
      String last = lastSegment(inner);
      if (endsWith(path, last)) {
        return new ValidationException(path, v.rule());
      }
      if (isComponent(e, last)) {
        return new ValidationException(join(path, last), v.rule());
      }
      return new ValidationException(path, inner + ": " + v.rule());
    }
    if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
      String name = npe.getMessage();
      if (isComponent(e, name)) {
        return new ValidationException(join(path, name), "is required");
      }
      return new ValidationException(path, name + " is required");
    }
    if (e instanceof StreamReadException) {
      return new ValidationException(path, "is not well-formed JSON: " + e.getOriginalMessage());
    }
    return new ValidationException(path, e.getOriginalMessage());
  }

  private static @Nullable Throwable domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException || t instanceof NullPointerException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static boolean isComponent(JacksonException e, String name) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValueInstantiationException v) {
        Class<?> type = v.getType().getRawClass();
        if (type.isRecord()) {
          for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
              return true;
            }
          }
        }
        return false;
      }
    }
    return false;
  }

  static String path(List<JacksonException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getPropertyName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      }
    }
    return b.length() == 0 ? ROOT : b.toString();
  }

  private static String join(String path, String name) {
    return path.equals(ROOT) ? name : path + "." + name;
  }

  private static String lastSegment(String field) {
    int dot = field.lastIndexOf('.');
    return dot < 0 ? field : field.substring(dot + 1);
  }

  private static boolean endsWith(String path, String name) {
    return path.equals(name) || path.endsWith("." + name);
  }
}
