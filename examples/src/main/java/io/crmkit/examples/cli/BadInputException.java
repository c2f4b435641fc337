package io.crmkit.examples.cli;

/**
 * An input file of an analytics command could not be used; the message names the file, the line and the
 * column. The commands turn it into exit code 2, e.g. {@code throw BadInputException.at(file, 7, "lift", "not a number")}.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  /** A problem in {@code column} of line {@code line} (1-based, the header is line 1) of {@code file}. */
  static BadInputException at(String file, long line, String column, String problem) {
    return new BadInputException(file + ": line " + line + ", column '" + column + "': " + problem);
  }
}
