package io.crmkit.examples.cli;

/** How an analytics command prints its result: {@code --format json} (the default) or {@code --format table}. */
enum ReportFormat {
  json,
  table
}
