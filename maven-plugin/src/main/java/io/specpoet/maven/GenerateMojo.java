package io.specpoet.maven;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.write.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from an OpenAPI document and adds them to the compile source roots.
 *
 * <p>Problems in the spec fail the build, each reported as {@code file:line:column: message}, and
 * nothing is written. A rebuild in which the spec, the files it references, the parameters and the
 * plugin version are all unchanged skips generation and writes nothing. Otherwise only files whose
 * content changes are written, and files an earlier run generated that this one does not are
 * deleted; other files in the output folder are left alone.
 */
// A thin adapter: generation lives in GeneratorRun; this class maps parameters in and failures out.
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The OpenAPI 3.0 or 3.1 document (YAML or JSON). Files it references by relative {@code $ref} are read too. */
    @Parameter(required = true)
    private File inputSpec;

    /** The package of the generated client; models go in its {@code model} subpackage. */
    @Parameter(required = true)
    private String packageName;

    /** The client class name; by default derived from the spec's title. */
    @Parameter
    private String clientName;

    /** The source folder to generate into; it is added as a compile source root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/specpoet", required = true)
    private File outputDirectory;

    /** Skips generation, and does not add the source root. */
    @Parameter(property = "specpoet.skip", defaultValue = "false")
    private boolean skip;

    /** Whether {@code $ref}s to http(s) URLs may be fetched; refused by default. */
    @Parameter(defaultValue = "false")
    private boolean allowRemoteRefs;

    /**
     * The Java class to use for strings or numbers of a {@code format}, instead of the default
     * type: {@code <date-time>java.time.Instant</date-time>}. {@code date-time} mapped to {@code
     * java.time.Instant} still reads RFC 3339.
     */
    @Parameter
    private Map<String, String> typeMappings = new TreeMap<>();

    /**
     * Your own class for a component schema, which is then not generated; every use of the schema
     * refers to the class: {@code <WorkflowContext>com.example.Context</WorkflowContext>}.
     */
    @Parameter
    private Map<String, String> schemaMappings = new TreeMap<>();

    /** Generates the models only, without API and client classes. */
    @Parameter(defaultValue = "false")
    private boolean modelsOnly;

    /** Where the up-to-date state of each execution is kept: out of the output folder, a source root. */
    @Parameter(defaultValue = "${project.build.directory}/specpoet", readonly = true, required = true)
    private File stateDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("specpoet: generation skipped (specpoet.skip)");
            return;
        }
        GeneratorRun run;
        try {
            run = new GeneratorRun(
                    inputSpec.toPath(),
                    outputDirectory.toPath(),
                    packageName,
                    clientName,
                    allowRemoteRefs,
                    new TreeMap<>(typeMappings),
                    new TreeMap<>(schemaMappings),
                    modelsOnly);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("specpoet: " + e.getMessage(), e);
        }
        try {
            // Wall and CPU time: on a loaded machine the first says more about the machine.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            UpToDateCheck check = UpToDateCheck.ofPlugin(run, pluginVersion, stateFile());
            UpToDateCheck.Verdict verdict = check.check();
            if (verdict.upToDate()) {
                getLog().info(String.format(
                        Locale.ROOT,
                        "specpoet: %s is up to date with %s; nothing generated (checked by %s in %d ms, %d ms CPU)",
                        outputDirectory,
                        inputSpec,
                        verdict.checkedBy,
                        (System.nanoTime() - start) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000));
            } else {
                check.invalidate();
                GeneratorRun.Result generated = run.execute(warning -> getLog().warn(warning.render()));
                check.recordSuccess(generated);
                OutputWriter.WriteResult result = generated.output();
                getLog().info(String.format(
                        "specpoet: %d files written, %d unchanged, %d deleted in %s",
                        result.written().size(),
                        result.unchanged().size(),
                        result.deleted().size(),
                        outputDirectory));
            }
        } catch (GenerationException e) {
            throw new MojoFailureException(failureMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("specpoet: cannot generate from " + inputSpec + ": " + e, e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /** One state file per execution, so executions of one module never see each other's state. */
    private Path stateFile() {
        String executionId = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
        return stateDirectory.toPath().resolve(executionId + ".state");
    }

    /** A summary line, then every problem on its own line as {@code file:line:col: message}. */
    private static String failureMessage(GenerationException e) {
        return "specpoet found " + e.diagnostics().size() + " problem(s); nothing was written\n"
                + e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
}
