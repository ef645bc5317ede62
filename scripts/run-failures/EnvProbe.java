// Which Flink options make POST /jars/{id}/run fail, found by running Flink's own code path.
// Driven by scripts/generate-run-failures.mjs, which compiles this file against each release's jars
// (the cluster tool's classpath) and writes generated/run-failures.ts from what it reports.
//
// For every case (one option spelling set to a value) the probe calls the REAL
// org.apache.flink.runtime.webmonitor.handlers.JarRunHandler#handleRequest with a request body
// parsed by Flink's own REST object mapper, exactly as the web server does, and lets it run the
// user's jar (the config-echo job: its main() builds StreamExecutionEnvironment and calls execute()).
//
// Modes:
//   parse    Checks that Configuration#get refuses each candidate value for its option.
//   fast     The real DetachedApplicationRunner(true) (so the real embedded executor and BlobClient)
//            against a stand-in DispatcherGateway that builds the JobGraph of what is submitted and
//            acknowledges: everything client-side is real, no JobMaster. No cluster, seconds.
//   cluster  The same handler and runner with the DispatcherGateway of an in-process MiniCluster, so
//            the job is really submitted, the JobMaster is really created (the embedded executor waits
//            for the job's initialization, so a JobMaster failure fails main() too), and a job that
//            was accepted is watched until all its tasks run (or it fails / restarts), then cancelled.
//
// Usage: java -cp <probe classes>:<release classpath> EnvProbe <parse|fast|cluster> <jar> <cases.tsv> <out.jsonl> <work dir> [port base]
// cases.tsv: id TAB key TAB base64(value)   (one option spelling per case)
// out.jsonl: one JSON object per case.
// System properties: probe.standardYaml, probe.dirKeys (state | execution.checkpointing), probe.base
// (k=v;k=v sent beside every case), probe.settleMs, probe.watchMs, probe.log (log4j file).
import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.ClientUtils;
import org.apache.flink.client.deployment.application.ApplicationRunner;
import org.apache.flink.client.deployment.application.DetachedApplicationRunner;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.PipelineExecutor;
import org.apache.flink.core.execution.PipelineExecutorFactory;
import org.apache.flink.core.execution.PipelineExecutorServiceLoader;
import org.apache.flink.runtime.dispatcher.DispatcherGateway;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.rest.handler.HandlerRequest;
import org.apache.flink.runtime.rest.handler.RestHandlerException;
import org.apache.flink.runtime.rest.util.RestMapperUtils;
import org.apache.flink.runtime.webmonitor.handlers.JarIdPathParameter;
import org.apache.flink.runtime.webmonitor.handlers.JarRunHandler;
import org.apache.flink.runtime.webmonitor.handlers.JarRunHeaders;
import org.apache.flink.runtime.webmonitor.handlers.JarRunMessageParameters;
import org.apache.flink.runtime.webmonitor.handlers.JarRunRequestBody;
import org.apache.flink.runtime.webmonitor.retriever.GatewayRetriever;
import org.apache.flink.util.SerializedThrowable;

public class EnvProbe {

    /** The MiniCluster's gateway getter is protected. */
    static final class ProbeMiniCluster extends MiniCluster {
        ProbeMiniCluster(MiniClusterConfiguration c) {
            super(c);
        }

        CompletableFuture<DispatcherGateway> dispatcher() {
            return getDispatcherGatewayFuture();
        }
    }

    static String mode;
    static Path jarDir;
    static String jarId;
    static Configuration clusterConf;
    static ProbeMiniCluster mini;
    static DispatcherGateway gateway;
    static ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "probe-jar-runner");
        t.setDaemon(true);
        return t;
    });

    public static void main(String[] args) throws Exception {
        mode = args[0];
        Path jar = Paths.get(args[1]).toAbsolutePath();
        Path cases = Paths.get(args[2]);
        Path out = Paths.get(args[3]);
        Path work = Paths.get(args[4]).toAbsolutePath();
        int portBase = args.length > 5 ? Integer.parseInt(args[5]) : 29500;
        Files.createDirectories(work);

        // 1.19/1.20 clusters started with flink-conf.yaml read values in the legacy (flat) mode;
        // 2.x only knows standard YAML. The flag is static and decides how fromMap'd strings parse.
        try {
            Method setYaml = Class.forName("org.apache.flink.configuration.GlobalConfiguration")
                    .getMethod("setStandardYaml", boolean.class);
            boolean yaml = Boolean.parseBoolean(System.getProperty("probe.standardYaml", "false"));
            setYaml.invoke(null, yaml);
        } catch (NoSuchMethodException e) {
            // 2.x
        }

        // The web server's jar dir holds "<uuid>_<name>.jar"; the jar id is that file name.
        jarDir = work.resolve("jars");
        Files.createDirectories(jarDir);
        jarId = "00000000-0000-0000-0000-000000000000_" + jar.getFileName();
        Files.copy(jar, jarDir.resolve(jarId), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        clusterConf = new Configuration();
        String dirKeys = System.getProperty("probe.dirKeys", "execution.checkpointing");
        Path cp = work.resolve("checkpoints"), sp = work.resolve("savepoints");
        if (dirKeys.equals("state")) {
            clusterConf.setString("state.checkpoints.dir", "file://" + cp);
            clusterConf.setString("state.savepoints.dir", "file://" + sp);
        } else {
            clusterConf.setString("execution.checkpointing.dir", "file://" + cp);
            clusterConf.setString("execution.checkpointing.savepoint-dir", "file://" + sp);
        }
        clusterConf.setString("io.tmp.dirs", work.resolve("tmp").toString());
        clusterConf.setString("web.tmpdir", work.resolve("web-tmp").toString());

        if (mode.equals("parse")) {
            parseMode(cases, out);
            return;
        }
        long t0 = System.nanoTime();
        if (mode.equals("cluster")) {
            Configuration mc = new Configuration(clusterConf);
            // Everything this process binds is on 127.0.0.1 inside [portBase, portBase+99].
            mc.setString("rest.bind-address", "127.0.0.1");
            mc.setString("rest.address", "127.0.0.1");
            mc.setString("rest.bind-port", portBase + "-" + (portBase + 19));
            mc.setString("blob.server.port", (portBase + 20) + "-" + (portBase + 39));
            mc.setString("jobmanager.bind-host", "127.0.0.1");
            mc.setString("taskmanager.bind-host", "127.0.0.1");
            mc.setString("taskmanager.host", "127.0.0.1");
            mc.setString("jobmanager.rpc.address", "127.0.0.1");
            mc.setString("taskmanager.data.port", String.valueOf(portBase + 40));
            mc.setString("metrics.internal.query-service.port", (portBase + 41) + "-" + (portBase + 59));
            mc.setString("taskmanager.memory.managed.size", "64m");
            mc.setString("taskmanager.memory.network.min", "64m");
            mc.setString("taskmanager.memory.network.max", "64m");
            mini = new ProbeMiniCluster(new MiniClusterConfiguration.Builder()
                    .setConfiguration(mc)
                    .setNumTaskManagers(1)
                    .setNumSlotsPerTaskManager(4)
                    .build());
            mini.start();
            gateway = mini.dispatcher().get(60, TimeUnit.SECONDS);
        }
        if (mode.equals("fast")) {
            Configuration bc = new Configuration(clusterConf);
            bc.setString("blob.server.port", (portBase + 60) + "-" + (portBase + 79));
            bc.setString("jobmanager.bind-host", "127.0.0.1");
            blobServer = new org.apache.flink.runtime.blob.BlobServer(bc, work.resolve("blobs").toFile(),
                    new org.apache.flink.runtime.blob.VoidBlobStore());
            blobServer.start();
        }
        long startMs = (System.nanoTime() - t0) / 1_000_000;

        JarRunHandler handler = newHandler();
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new FileOutputStream(out.toFile()), StandardCharsets.UTF_8))) {
            for (String line : lines) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                String id = p[0], key = p[1];
                String value = new String(Base64.getDecoder().decode(p[2]), StandardCharsets.UTF_8);
                Map<String, Object> row = runCase(handler, id, key, value);
                w.println(toJson(row));
                w.flush();
            }
        }
        long runMs = (System.nanoTime() - t1) / 1_000_000;
        System.err.println("{\"startMs\":" + startMs + ",\"runMs\":" + runMs + ",\"cases\":" + lines.size() + "}");
        if (!unexpectedCalls.isEmpty()) {
            System.err.println("stand-in gateway: unexpected calls " + unexpectedCalls);
        }
        if (blobServer != null) {
            blobServer.close();
        }
        if (mini != null) {
            mini.close();
        }
        runner.shutdownNow();
        System.exit(0);
    }

    /**
     * Sanity check of the values: does Configuration#get refuse the value for the option?
     * cases: id TAB key TAB base64(value) TAB holder class TAB field TAB type TAB element type.
     * The option is the holder's own field when that class loads, else one built with the catalog's type.
     */
    static void parseMode(Path cases, Path out) throws Exception {
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new FileOutputStream(out.toFile()), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                String value = new String(Base64.getDecoder().decode(p[2]), StandardCharsets.UTF_8);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p[0]);
                org.apache.flink.configuration.ConfigOption<?> option = null;
                String source;
                try {
                    option = (org.apache.flink.configuration.ConfigOption<?>) Class.forName("org.apache.flink." + p[3]).getField(p[4]).get(null);
                    source = "holder";
                } catch (Throwable e) {
                    option = build(p[1], p[5], p[6]);
                    source = option == null ? "none" : "built";
                }
                row.put("option", source);
                if (option != null) {
                    try {
                        Configuration c = Configuration.fromMap(Collections.singletonMap(p[1], value));
                        c.get(option);
                        row.put("rejected", false);
                    } catch (Throwable e) {
                        row.put("rejected", true);
                        row.put("message", String.valueOf(e.getMessage()));
                    }
                }
                w.println(toJson(row));
            }
        }
    }

    static org.apache.flink.configuration.ConfigOption<?> build(String key, String type, String element) {
        org.apache.flink.configuration.ConfigOptions.OptionBuilder b = org.apache.flink.configuration.ConfigOptions.key(key);
        String t = type.equals("list") ? element : type;
        org.apache.flink.configuration.ConfigOptions.TypedConfigOptionBuilder<?> tb;
        switch (t) {
            case "string": tb = b.stringType(); break;
            case "boolean": tb = b.booleanType(); break;
            case "int": tb = b.intType(); break;
            case "long": tb = b.longType(); break;
            case "float": tb = b.floatType(); break;
            case "double": tb = b.doubleType(); break;
            case "duration": tb = b.durationType(); break;
            case "memory": tb = b.memoryType(); break;
            case "map": tb = b.mapType(); break;
            default: return null; // enum without its class
        }
        return type.equals("list") ? tb.asList().noDefaultValue() : tb.noDefaultValue();
    }

    static JarRunHandler newHandler() throws Exception {
        GatewayRetriever<DispatcherGateway> retriever = new GatewayRetriever<DispatcherGateway>() {
            @Override
            public CompletableFuture<DispatcherGateway> getFuture() {
                return CompletableFuture.completedFuture(gateway);
            }
        };
        java.util.function.Supplier<ApplicationRunner> runnerSupplier =
                mode.equals("cluster") ? () -> new DetachedApplicationRunner(true) : FastRunner::new;
        for (Constructor<?> c : JarRunHandler.class.getConstructors()) {
            if (c.getParameterCount() == 8) {
                Class<?> timeoutType = c.getParameterTypes()[1];
                Object timeout = timeoutType == java.time.Duration.class
                        ? java.time.Duration.ofSeconds(60)
                        : Class.forName("org.apache.flink.api.common.time.Time")
                                .getMethod("seconds", long.class).invoke(null, 60L);
                return (JarRunHandler) c.newInstance(retriever, timeout, Collections.emptyMap(),
                        JarRunHeaders.getInstance(), jarDir, clusterConf, runner, runnerSupplier);
            }
        }
        throw new IllegalStateException("no JarRunHandler constructor");
    }

    /**
     * The real DetachedApplicationRunner(true) (so the real WebSubmission/EmbeddedExecutor), against a
     * stand-in DispatcherGateway: it serves a real in-process BlobServer for the jar upload, builds the
     * JobGraph of what is submitted (2.x submits the StreamGraph; the JobManager would build it) and
     * acknowledges; the job then counts as RUNNING. No Dispatcher, no JobMaster.
     */
    static final class FastRunner implements ApplicationRunner {
        static ClassLoader userLoader;

        @Override
        public List<JobID> run(DispatcherGateway g, PackagedProgram program, Configuration configuration) {
            userLoader = program.getUserCodeClassLoader();
            return new DetachedApplicationRunner(true).run(standInGateway(), program, configuration);
        }
    }

    static org.apache.flink.runtime.blob.BlobServer blobServer;
    static final java.util.Set<String> unexpectedCalls = new java.util.TreeSet<>();

    static DispatcherGateway standInGateway() {
        return (DispatcherGateway) Proxy.newProxyInstance(EnvProbe.class.getClassLoader(), new Class<?>[] {DispatcherGateway.class},
                (proxy, method, a) -> {
                    switch (method.getName()) {
                        case "getBlobServerPort":
                            return CompletableFuture.completedFuture(blobServer.getPort());
                        case "getBlobServerAddress":
                            return CompletableFuture.completedFuture(java.net.InetAddress.getByName("127.0.0.1"));
                        case "getHostname":
                            return "127.0.0.1";
                        case "getAddress":
                            return "probe-dispatcher";
                        case "submitJob":
                        case "submitApplication":
                            try {
                                jobGraphOf(a[0]);
                                return CompletableFuture.completedFuture(org.apache.flink.runtime.messages.Acknowledge.get());
                            } catch (Throwable e) {
                                Throwable c = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
                                CompletableFuture<Object> f = new CompletableFuture<>();
                                f.completeExceptionally(c);
                                return f;
                            }
                        case "requestJobStatus":
                            return CompletableFuture.completedFuture(JobStatus.RUNNING);
                        case "toString":
                            return "StandInDispatcherGateway";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == a[0];
                        default:
                            synchronized (unexpectedCalls) {
                                unexpectedCalls.add(method.getName());
                            }
                            CompletableFuture<Object> f = new CompletableFuture<>();
                            f.completeExceptionally(new UnsupportedOperationException("stand-in gateway: " + method.getName()));
                            return f;
                    }
                });
    }

    /** The JobGraph of a submitted JobGraph, StreamGraph, or application holding a StreamGraph (2.3). */
    static Object jobGraphOf(Object submitted) throws Exception {
        if (submitted.getClass().getName().equals("org.apache.flink.runtime.jobgraph.JobGraph")) {
            return submitted;
        }
        Object streamGraph = null;
        if (submitted.getClass().getName().equals("org.apache.flink.streaming.api.graph.StreamGraph")) {
            streamGraph = submitted;
        } else {
            for (Class<?> c = submitted.getClass(); c != null && streamGraph == null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.getType().getName().endsWith("StreamGraph") || f.getType().getName().endsWith("ExecutionPlan")) {
                        f.setAccessible(true);
                        streamGraph = f.get(submitted);
                        break;
                    }
                }
            }
        }
        if (streamGraph == null || !streamGraph.getClass().getName().endsWith("StreamGraph")) {
            throw new IllegalStateException("stand-in gateway cannot find the StreamGraph in " + submitted.getClass());
        }
        JobID id = (JobID) streamGraph.getClass().getMethod("getJobID").invoke(streamGraph);
        return streamGraph.getClass().getMethod("getJobGraph", ClassLoader.class, JobID.class).invoke(streamGraph, FastRunner.userLoader, id);
    }

    static Map<String, Object> runCase(JarRunHandler handler, String id, String key, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("key", key);
        row.put("value", value);
        long t = System.nanoTime();
        Throwable failure = null;
        boolean sync = false;
        JobID jobId = null;
        try {
            // -Dprobe.base=k1=v1;k2=v2 puts a context (e.g. checkpointing on, RocksDB) beside the key under test.
            Map<String, String> flinkConf = new LinkedHashMap<>();
            for (String kv : System.getProperty("probe.base", "").split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    flinkConf.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            flinkConf.put(key, value);
            String json = "{\"flinkConfiguration\":" + toJson(flinkConf) + "}";
            Object mapper = RestMapperUtils.class.getMethod("getStrictObjectMapper").invoke(null);
            JarRunRequestBody body = (JarRunRequestBody) mapper.getClass().getMethod("readValue", String.class, Class.class)
                    .invoke(mapper, json, JarRunRequestBody.class);
            JarRunMessageParameters params = JarRunHeaders.getInstance().getUnresolvedMessageParameters();
            Map<String, String> path = new HashMap<>();
            path.put(JarIdPathParameter.KEY, jarId);
            HandlerRequest<JarRunRequestBody> request = HandlerRequest.resolveParametersAndCreate(
                    body, params, path, Collections.emptyMap(), Collections.emptyList());
            CompletableFuture<?> f;
            try {
                f = handler.handleRequest(request, gateway);
            } catch (Throwable e) {
                sync = true;
                throw e;
            }
            Object response = f.get(120, TimeUnit.SECONDS);
            jobId = (JobID) response.getClass().getMethod("getJobId").invoke(response);
        } catch (TimeoutException e) {
            failure = e;
        } catch (Throwable e) {
            failure = e instanceof ExecutionException ? e.getCause() : e;
        }
        row.put("ms", (System.nanoTime() - t) / 1_000_000);
        if (failure == null) {
            row.put("fails", false);
            row.put("status", 200);
        } else {
            row.put("fails", true);
            row.put("status", httpStatus(failure, sync));
            row.put("sync", sync);
            describe(row, failure);
        }
        if (mini != null && jobId != null) {
            row.put("runtime", watch(jobId));
        }
        return row;
    }

    /** How AbstractRestHandler/AbstractHandler turn the handler's exception into a status. */
    static int httpStatus(Throwable e, boolean sync) {
        if (e instanceof TimeoutException) {
            return -1;
        }
        Throwable t = e;
        if (!sync && t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RestHandlerException) {
            return ((RestHandlerException) t).getHttpResponseStatus().code();
        }
        return 500;
    }

    static void describe(Map<String, Object> row, Throwable e) {
        List<String> chain = new ArrayList<>();
        Throwable root = e;
        for (Throwable t = e; t != null && chain.size() < 20; t = t.getCause()) {
            chain.add(className(t) + ": " + String.valueOf(t.getMessage()));
            root = t;
        }
        row.put("chain", chain);
        row.put("exception", className(root));
        row.put("message", String.valueOf(root.getMessage()));
        // The most specific parse failure is often one above a NumberFormatException etc.
        row.put("stage", stage(e));
        List<String> frames = new ArrayList<>();
        for (StackTraceElement f : root.getStackTrace()) {
            if (frames.size() >= 12) {
                break;
            }
            frames.add(f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber());
        }
        row.put("frames", frames);
    }

    static String className(Throwable t) {
        if (t instanceof SerializedThrowable) {
            return ((SerializedThrowable) t).getOriginalErrorClassName();
        }
        return t.getClass().getName();
    }

    /** Where in the /run path the failure started: the innermost cause's frames, outermost marker that matches. */
    static String stage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(className(t)).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        String chain = all.toString();
        String[][] markers = {
            {"org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.<init>", "env"},
            {"org.apache.flink.client.program.StreamContextEnvironment.<init>", "env"},
            {"org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.configure", "env"},
            {"org.apache.flink.client.program.StreamContextEnvironment.lambda$setAsContext", "env"},
            {"org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getExecutionEnvironment", "env"},
            {"org.apache.flink.client.program.StreamContextEnvironment.checkNotAllowedConfigurations", "env-check"},
            {"org.apache.flink.streaming.api.graph.StreamGraphGenerator", "stream-graph"},
            {"org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getStreamGraph", "stream-graph"},
            {"org.apache.flink.streaming.api.graph.StreamingJobGraphGenerator", "job-graph"},
            {"org.apache.flink.client.deployment.executors.PipelineExecutorUtils", "job-graph"},
            {"org.apache.flink.runtime.blob.BlobClient", "submit"},
            {"org.apache.flink.client.deployment.application.executors", "submit"},
            {"org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.", "env-use"},
            {"org.apache.flink.client.ClientUtils.executeProgram", "program"},
            {"org.apache.flink.client.program.PackagedProgram", "program"},
            {"org.apache.flink.runtime.webmonitor.handlers", "handler"},
        };
        for (String[] m : markers) {
            for (StackTraceElement f : root.getStackTrace()) {
                String s = f.getClassName() + "." + f.getMethodName();
                if (s.startsWith(m[0])) {
                    return m[1];
                }
            }
        }
        if (chain.contains("JobInitializationException") || chain.contains("JobSubmissionException")) {
            return "jobmanager";
        }
        for (StackTraceElement f : root.getStackTrace()) {
            String s = f.getClassName();
            if (s.startsWith("org.apache.flink.runtime.jobmaster") || s.startsWith("org.apache.flink.runtime.scheduler")
                    || s.startsWith("org.apache.flink.runtime.dispatcher") || s.startsWith("org.apache.flink.runtime.executiongraph")
                    || s.startsWith("org.apache.flink.runtime.checkpoint") || s.startsWith("org.apache.flink.runtime.state")) {
                return "jobmanager";
            }
        }
        return "other";
    }

    /** After a 200: wait until every task runs, or the job fails/restarts; then cancel it. */
    static Map<String, Object> watch(JobID jobId) {
        Map<String, Object> r = new LinkedHashMap<>();
        long deadline = System.currentTimeMillis() + Long.getLong("probe.watchMs", 8000);
        String verdict = "timeout";
        try {
            while (System.currentTimeMillis() < deadline) {
                AccessExecutionGraph g = mini.getExecutionGraph(jobId).get(10, TimeUnit.SECONDS);
                JobStatus st = g.getState();
                if (g.getFailureInfo() != null || st == JobStatus.FAILED || st == JobStatus.FAILING || st == JobStatus.RESTARTING) {
                    verdict = "failed";
                    r.put("jobStatus", st.name());
                    if (g.getFailureInfo() != null) {
                        r.put("exception", firstLine(g.getFailureInfo().getExceptionAsString()));
                        r.put("trace", head(g.getFailureInfo().getExceptionAsString(), 1500));
                        r.put("causedBy", causedBy(g.getFailureInfo().getExceptionAsString()));
                    }
                    break;
                }
                boolean allRunning = st == JobStatus.RUNNING;
                int n = 0;
                for (AccessExecutionVertex v : g.getAllExecutionVertices()) {
                    n++;
                    if (v.getExecutionState() != ExecutionState.RUNNING) {
                        allRunning = false;
                    }
                }
                if (allRunning && n > 0) {
                    // The tasks are RUNNING after their state backend was created and restored;
                    // give a just-failing task a moment to report.
                    Thread.sleep(Long.getLong("probe.settleMs", 300));
                    AccessExecutionGraph g2 = mini.getExecutionGraph(jobId).get(10, TimeUnit.SECONDS);
                    if (g2.getFailureInfo() != null) {
                        verdict = "failed";
                        r.put("jobStatus", g2.getState().name());
                        r.put("exception", firstLine(g2.getFailureInfo().getExceptionAsString()));
                        r.put("trace", head(g2.getFailureInfo().getExceptionAsString(), 1500));
                        r.put("causedBy", causedBy(g2.getFailureInfo().getExceptionAsString()));
                    } else {
                        verdict = "running";
                    }
                    break;
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            verdict = "error";
            r.put("exception", e.toString());
        }
        r.put("verdict", verdict);
        try {
            mini.cancelJob(jobId).get(30, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // already terminal
        }
        try {
            long end = System.currentTimeMillis() + 30000;
            while (System.currentTimeMillis() < end && !mini.getJobStatus(jobId).get(10, TimeUnit.SECONDS).isGloballyTerminalState()) {
                Thread.sleep(20);
            }
        } catch (Exception ignored) {
            // gone
        }
        return r;
    }

    static List<String> causedBy(String trace) {
        List<String> out = new ArrayList<>();
        for (String l : trace.split("\n")) {
            if (l.startsWith("Caused by: ")) {
                out.add(l.substring("Caused by: ".length()));
            }
        }
        return out;
    }

    static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    // ---- tiny JSON writer ----
    static String toJson(Object o) {
        StringBuilder b = new StringBuilder();
        json(b, o);
        return b.toString();
    }

    static void json(StringBuilder b, Object o) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof String) {
            b.append('"');
            for (char c : ((String) o).toCharArray()) {
                switch (c) {
                    case '"': b.append("\\\""); break;
                    case '\\': b.append("\\\\"); break;
                    case '\n': b.append("\\n"); break;
                    case '\r': b.append("\\r"); break;
                    case '\t': b.append("\\t"); break;
                    default:
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                }
            }
            b.append('"');
        } else if (o instanceof Number || o instanceof Boolean) {
            b.append(o);
        } else if (o instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                json(b, String.valueOf(e.getKey()));
                b.append(':');
                json(b, e.getValue());
            }
            b.append('}');
        } else if (o instanceof Collection) {
            b.append('[');
            boolean first = true;
            for (Object x : (Collection<?>) o) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                json(b, x);
            }
            b.append(']');
        } else {
            json(b, o.toString());
        }
    }
}
