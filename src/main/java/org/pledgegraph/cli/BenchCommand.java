package org.pledgegraph.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Stands in for {@code bench} when the benchmark harness (target/pledgegraph-bench.jar, its own source set
 * src/bench/java) is not on the class path, so {@code --help} still lists the verb and says how to run it.
 */
@Command(name = "bench",
        description = {"Measure extraction throughput (beside HanLP), ingest (beside Jena's TDB2 bulk loader),",
                "growth over scaled copies of a corpus, named-query latency and cold start.",
                "Needs the bench jar: run it as ./pledgegraph bench (the launcher adds it). See BENCHMARKS.md."})
final class BenchCommand extends BaseCommand {
    static final String HARNESS = "org.pledgegraph.bench.BenchCli";

    @Unmatched
    List<String> ignored;

    /** The harness's own command when its classes are on the class path, else this stand-in. */
    static Object create() {
        try {
            return Class.forName(HARNESS).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return new BenchCommand();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("cannot start the benchmark harness: " + cause, cause);
        }
    }

    @Override
    public Integer call() {
        err().println("pledgegraph: bench: the benchmark harness is not on the class path (it is not in the product "
                + "jar); run ./pledgegraph bench, or java -cp target/pledgegraph.jar:target/pledgegraph-bench.jar "
                + PledgeGraph.class.getName() + " bench");
        err().flush();
        return PledgeGraph.USAGE;
    }
}
