package org.flinkrestclient.echo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * Echoes the configuration a job submitted over REST really runs with.
 *
 * <p>main() never sets a name or parallelism in code (unless told to by its arguments), copies
 * its whole effective configuration into the global job parameters (GET /jobs/{id}/config shows
 * them under execution-config.user-config) and runs an unbounded, low-rate pipeline with a
 * little keyed state, so the job stays RUNNING until cancelled and savepoints hold something.
 *
 * <p>Arguments simulate user code: --parallelism N, --max-parallelism N, --job-name X,
 * --object-reuse, --fail (main throws), --no-execute (main submits no job).
 *
 * <p>Programs that submit more than one job (what an application may hold, Flink 2.3), each job
 * named "<job name or echo>-1" and "-2", submitted with executeAsync: --two-jobs (two unbounded
 * streaming jobs), --two-batch-jobs (two bounded BATCH jobs), --batch-then-stream (a bounded BATCH
 * job, then an unbounded streaming one), --fail-after-submit (one streaming job, then main()
 * throws). A bounded job reads --records N numbers (default 20) at the throttle's pace, about
 * ten a second; --records N alone makes the one job bounded too.
 */
public final class ConfigEchoJob {

    private ConfigEchoJob() {}

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--fail")) {
            throw new IllegalStateException("main() failed on purpose (--fail)");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        Map<String, String> effective = new TreeMap<>(env.getConfiguration().toMap());
        effective.putAll(resolved(env.getConfiguration()));
        env.getConfig().setGlobalJobParameters(Configuration.fromMap(effective));

        String parallelism = valueOf(arguments, "--parallelism");
        if (parallelism != null) {
            env.setParallelism(Integer.parseInt(parallelism));
        }
        String maxParallelism = valueOf(arguments, "--max-parallelism");
        if (maxParallelism != null) {
            env.setMaxParallelism(Integer.parseInt(maxParallelism));
        }
        if (arguments.contains("--object-reuse")) {
            env.getConfig().enableObjectReuse();
        }
        if (arguments.contains("--no-execute")) {
            return;
        }

        String jobName = valueOf(arguments, "--job-name");
        String records = valueOf(arguments, "--records");
        boolean twoJobs = arguments.contains("--two-jobs");
        boolean twoBatch = arguments.contains("--two-batch-jobs");
        boolean batchThenStream = arguments.contains("--batch-then-stream");
        boolean failAfterSubmit = arguments.contains("--fail-after-submit");
        if (twoJobs || twoBatch || batchThenStream || failAfterSubmit) {
            String base = jobName != null ? jobName : "echo";
            long bounded = records != null ? Long.parseLong(records) : 20;
            boolean firstBounded = twoBatch || batchThenStream;
            submitAsync(env, base + "-1", firstBounded ? bounded : -1);
            if (failAfterSubmit) {
                throw new IllegalStateException("main() failed on purpose after submitting a job (--fail-after-submit)");
            }
            submitAsync(env, base + "-2", twoBatch ? bounded : -1);
            return;
        }

        // With --records N the one job is bounded (it ends FINISHED once it has read N numbers).
        pipeline(env, records != null ? Long.parseLong(records) - 1 : Long.MAX_VALUE);
        if (jobName != null) {
            env.execute(jobName);
        } else {
            env.execute();
        }
    }

    /** Submits one job without waiting for it: bounded (BATCH, `records` numbers) when records >= 0. */
    private static void submitAsync(StreamExecutionEnvironment env, String name, long records) throws Exception {
        env.setRuntimeMode(records >= 0 ? RuntimeExecutionMode.BATCH : RuntimeExecutionMode.STREAMING);
        pipeline(env, records >= 0 ? records - 1 : Long.MAX_VALUE);
        env.executeAsync(name);
    }

    private static void pipeline(StreamExecutionEnvironment env, long last) {
        // The throttle is chained to the source, so records leave it slowly and no backlog
        // builds up in front of the keyed operator: checkpoints and savepoints stay quick.
        env.fromSequence(0, last)
                .uid("source")
                .name("Source: sequence")
                .map(new Throttle())
                .uid("throttle")
                .name("throttle")
                .keyBy(value -> value % 16, Types.LONG)
                .flatMap(new CountPerKey())
                .uid("count-per-key")
                .name("count per key")
                .sinkTo(new DiscardingSink<>())
                .uid("sink")
                .name("discard");
    }

    /**
     * Options whose value Flink resolves through deprecated keys: the values Flink itself reads
     * (canonical key first, then the deprecated ones), published as "echo.resolved.<key>". The
     * options are Flink's own, found by name, so a class missing in a version is skipped.
     */
    private static final String[][] RESOLVED_OPTIONS = {
        {"org.apache.flink.configuration.RestartStrategyOptions", "RESTART_STRATEGY"},
        {"org.apache.flink.configuration.StateRecoveryOptions", "SAVEPOINT_PATH"},
        {"org.apache.flink.runtime.jobgraph.SavepointConfigOptions", "SAVEPOINT_PATH"},
        {"org.apache.flink.configuration.CheckpointingOptions", "CHECKPOINTS_DIRECTORY"},
        {"org.apache.flink.configuration.StateBackendOptions", "STATE_BACKEND"},
    };

    private static Map<String, String> resolved(ReadableConfig config) {
        Map<String, String> values = new TreeMap<>();
        for (String[] option : RESOLVED_OPTIONS) {
            try {
                ConfigOption<?> configOption = (ConfigOption<?>) Class.forName(option[0]).getField(option[1]).get(null);
                Optional<?> value = config.getOptional(configOption);
                value.ifPresent(v -> values.put("echo.resolved." + configOption.key(), String.valueOf(v)));
            } catch (ReflectiveOperationException | LinkageError | ClassCastException missing) {
                // Not in this Flink version.
            }
        }
        return values;
    }

    private static String valueOf(List<String> arguments, String flag) {
        int at = arguments.indexOf(flag);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : null;
    }

    /** About ten records a second per subtask. */
    private static final class Throttle implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) throws Exception {
            Thread.sleep(100);
            return value;
        }
    }

    /** Counts records per key in keyed state, so that savepoints contain something. */
    private static final class CountPerKey extends RichFlatMapFunction<Long, Long> {
        private transient ValueState<Long> count;

        // No open() override: 2.0 replaced open(Configuration) with open(OpenContext), and one
        // jar must run on 1.19 and 2.x, so the state handle is fetched on first use.
        @Override
        public void flatMap(Long value, Collector<Long> out) throws Exception {
            if (count == null) {
                count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
            }
            Long current = count.value();
            long next = current == null ? 1 : current + 1;
            count.update(next);
            out.collect(next);
        }
    }
}
