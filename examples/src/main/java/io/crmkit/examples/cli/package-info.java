/**
 * The {@code crm} command line: {@link io.crmkit.examples.cli.CrmCommand} and one class per subcommand
 * ({@code crm demo}, ...), built on picocli. Add a subcommand by writing its class and listing it in
 * {@code CrmCommand}'s {@code subcommands}.
 */
@NullMarked
package io.crmkit.examples.cli;

import org.jspecify.annotations.NullMarked;
