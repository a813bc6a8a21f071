package org.pledgegraph.cli;

import java.io.PrintWriter;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.PledgeGraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code pledgegraph up|ingest|serve|query|export|validate|eval|train|bench}. */
@Command(name = "pledgegraph", mixinStandardHelpOptions = true, versionProvider = PledgeGraph.Version.class,
        description = {"Projects, industries and commitments from Chinese local-government documents,",
                "as a knowledge graph in an embedded TDB2 store, served over SPARQL.", ""},
        subcommands = {UpCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvalCommand.class, TrainCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 the work failed (bad query, violations), 2 bad usage or unreadable input."})
public final class PledgeGraph implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (OutOfMemoryError e) {
            // An Error, so picocli's handler never sees it; by now what filled the heap is unreachable again.
            System.err.println("pledgegraph: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            code = FAILED;
        }
        System.exit(code);
    }

    /** The one line for a command that ran out of heap: what the store holds now, and what to do. */
    static String outOfMemory(long maxHeapBytes) {
        return "out of memory (maximum heap " + maxHeapBytes / (1024 * 1024) + " MB): the write transaction it hit "
                + "was rolled back, so the store holds what earlier transactions committed (an ingest commits each "
                + "batch of documents; the next command finishes an unfinished resolution); give Java more heap, "
                + "e.g. PLEDGEGRAPH_JAVA_OPTS=-Xmx4g";
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logging.quiet();
        CommandLine cl = new CommandLine(new PledgeGraph());
        // bench lives outside the product jar: its own command when present, else a stand-in saying how to run it.
        cl.addSubcommand("bench", BenchCommand.create());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null
                    && parseResult.subcommand().hasMatchedOption("--verbose");
            commandLine.getErr().println("pledgegraph: " + oneLine(ex));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return exitCode(ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("pledgegraph: " + oneLine(ex));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return USAGE;
        });
        return cl.execute(args);
    }

    /** {@code --version}: the jar manifest's Implementation-Version, or the build's version.properties from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PledgeGraph.class.getPackage().getImplementationVersion();
            if (v == null) {
                v = org.pledgegraph.rdf.ProjectVersion.current();
            }
            return new String[] {"pledgegraph " + v,
                    "ontology " + org.pledgegraph.rdf.OntologyFiles.versionIriString(),
                    "Java " + System.getProperty("java.version") + "; code Apache-2.0, data CC BY 4.0"};
        }
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
            return USAGE;
        }
        return FAILED;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        } else if (!(ex instanceof PledgeGraphException) && !(ex instanceof CommandLine.ParameterException)) {
            m = ex.getClass().getSimpleName() + ": " + m;
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
