/**
 * The command line: {@link siege.cli.Main} lists the subcommands ({@code index}, {@code search};
 * {@code serve}, {@code eval}, {@code bench} are added the same way). The only package that prints
 * or calls {@code System.exit}; {@link siege.cli.Main#run} returns the exit code for tests.
 */
package siege.cli;
