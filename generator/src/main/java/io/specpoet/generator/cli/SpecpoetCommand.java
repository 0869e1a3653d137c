package io.specpoet.generator.cli;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.write.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code specpoet generate --spec FILE --output DIR --package PKG}. Exit 0 on
 * success, 1 when the spec or generation fails (located messages on stderr), 2 on bad usage.
 */
@Command(
        name = "specpoet",
        mixinStandardHelpOptions = true,
        versionProvider = SpecpoetCommand.Version.class,
        description = "Generates an exact, forward-compatible Java client from an OpenAPI document.",
        subcommands = {SpecpoetCommand.Generate.class})
public final class SpecpoetCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SpecpoetCommand())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(exception -> EXIT_FAILED);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("specpoet: " + exception.getMessage());
            exception.getCommandLine().usage(err);
            return EXIT_USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        commandSpec.commandLine().usage(commandSpec.commandLine().getErr());
        return EXIT_USAGE;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = "Generates Java sources from a spec.")
    static final class Generate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Option(
                names = "--spec",
                required = true,
                paramLabel = "FILE",
                description = "The OpenAPI 3.0 or 3.1 document (YAML or JSON).")
        Path spec;

        @Option(
                names = "--output",
                required = true,
                paramLabel = "DIR",
                description = "The source folder to write into.")
        Path output;

        @Option(
                names = "--package",
                required = true,
                paramLabel = "PKG",
                description = "The package of the generated client.")
        String packageName;

        @Option(
                names = "--client-name",
                paramLabel = "NAME",
                description = "The client class name (default: from the spec's title).")
        String clientName;

        @Option(names = "--allow-remote-refs", description = "Fetch $refs to http(s) URLs (refused by default).")
        boolean allowRemoteRefs;

        @Option(
                names = "--type-mapping",
                paramLabel = "FORMAT=CLASS",
                description =
                        "Use CLASS for strings or numbers of this format, e.g. date-time=java.time.Instant (repeatable).")
        Map<String, String> typeMappings = new TreeMap<>();

        @Option(
                names = "--schema-mapping",
                paramLabel = "SCHEMA=CLASS",
                description = "Use your CLASS for this component schema instead of generating it (repeatable).")
        Map<String, String> schemaMappings = new TreeMap<>();

        @Option(names = "--models-only", description = "Generate the models only, without API and client classes.")
        boolean modelsOnly;

        @Option(names = "--timings", description = "Print how long each stage took to stderr.")
        boolean timings;

        @Override
        public Integer call() {
            PrintWriter err = commandSpec.commandLine().getErr();
            PrintWriter out = commandSpec.commandLine().getOut();
            GeneratorRun run;
            try {
                run = new GeneratorRun(
                        spec,
                        output,
                        packageName,
                        clientName,
                        allowRemoteRefs,
                        new TreeMap<>(typeMappings),
                        new TreeMap<>(schemaMappings),
                        modelsOnly);
            } catch (IllegalArgumentException e) {
                err.println("specpoet: " + e.getMessage());
                return EXIT_USAGE;
            }
            try {
                GeneratorRun.StageTimer timer = !timings
                        ? GeneratorRun.StageTimer.NONE
                        : (stage, nanos) -> err.printf(
                                Locale.ROOT,
                                "specpoet: %s %.3f s%n",
                                stage.name().toLowerCase(Locale.ROOT),
                                nanos / 1e9);
                OutputWriter.WriteResult result = run.execute(warning -> err.println(warning.render()), timer)
                        .output();
                out.printf(
                        "specpoet: %d files written, %d unchanged, %d deleted in %s%n",
                        result.written().size(),
                        result.unchanged().size(),
                        result.deleted().size(),
                        output);
                return EXIT_OK;
            } catch (GenerationException e) {
                for (Diagnostic diagnostic : e.diagnostics()) {
                    err.println(diagnostic.render());
                }
                err.printf(
                        "specpoet: generation failed with %d error(s); nothing was written%n",
                        e.diagnostics().size());
                return EXIT_FAILED;
            } catch (RuntimeException e) {
                err.println(spec + ": specpoet failed: " + e);
                return EXIT_FAILED;
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SpecpoetCommand.class.getPackage().getImplementationVersion();
            return new String[] {"specpoet " + (version == null ? "(development build)" : version)};
        }
    }
}
