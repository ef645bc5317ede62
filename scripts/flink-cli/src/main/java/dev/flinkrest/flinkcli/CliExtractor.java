package dev.flinkrest.flinkcli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.spi.ToolProvider;

/**
 * Reads what Flink's {@code bin/flink} accepts from the classes of one Flink release, and writes
 * the structural facts as JSON: each action's options ({@code CliFrontendParser.get*CommandOptions}),
 * whether the action stops parsing at the first non-option, the options of the custom command
 * lines ({@code CliFrontend.loadCustomCommandLines}: GenericCLI, the YARN CLI, DefaultCLI), the
 * parser Flink builds, and the results of sample command lines passed through Flink's own
 * {@code CliFrontendParser.parse}. No description text is read.
 *
 * <p>It is compiled against the JDK only: every Flink and commons-cli class is reached by name, so
 * the same build runs against the jars of any Flink version. Two facts are in the bytecode only and
 * are read with the JDK's {@code javap}: the {@code stopAtNonOptions} flag each action passes, and
 * how {@code CliFrontendParser.parse} creates its parser.
 *
 * <p>The classpath must hold Hadoop, so that {@code loadCustomCommandLines} loads the real
 * {@code FlinkYarnSessionCli}. The probes run through a {@code CliFrontend} made with the same list
 * minus the YARN CLI (GenericCLI and DefaultCLI): the option set of a {@code bin/flink} without
 * flink-yarn on its classpath. So one classpath gives both.
 *
 * <p>scripts/flink-cli/extract.mjs builds it with the JDK's javac (one source file, no dependency).
 * Usage: {@code java -cp flink-cli-extractor.jar:<flink classpath>
 * dev.flinkrest.flinkcli.CliExtractor <probes.tsv> <output.json>}. Probe lines are tab-separated:
 * the action ({@code *} = every action of the release), then the argument tokens.
 */
public final class CliExtractor {

    private static final String PKG = "org.apache.flink.client.cli.";
    private static final String PARSER = PKG + "CliFrontendParser";
    private static final String FRONTEND = PKG + "CliFrontend";
    private static final String GENERIC_CLI = PKG + "GenericCLI";
    private static final String DEFAULT_CLI = PKG + "DefaultCLI";
    private static final String YARN_CLI = "org.apache.flink.yarn.cli.FlinkYarnSessionCli";
    private static final String CLI = "org.apache.commons.cli.";

    private final Class<?> parserClass;
    private final Class<?> frontendClass;
    private final Class<?> optionsClass;
    private final Class<?> optionClass;
    /** Which Flink field holds each Option object (first found wins), and which fields are @Deprecated. */
    private final IdentityHashMap<Object, String> fieldOf = new IdentityHashMap<>();
    private final Set<Object> deprecated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private CliExtractor() throws ClassNotFoundException {
        parserClass = Class.forName(PARSER);
        frontendClass = Class.forName(FRONTEND);
        optionsClass = Class.forName(CLI + "Options");
        optionClass = Class.forName(CLI + "Option");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CliExtractor <probes.tsv> <output.json>");
            System.exit(2);
        }
        List<String[]> probes = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                probes.add(line.split("\t", -1));
            }
        }
        Map<String, Object> doc = new CliExtractor().extract(probes);
        Files.writeString(Paths.get(args[1]), Json.write(doc) + "\n", StandardCharsets.UTF_8);
    }

    private Map<String, Object> extract(List<String[]> probes) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("flinkVersion", flinkVersion());
        doc.put("commonsCli", commonsCliVersion());
        doc.put("parser", parserFacts());

        // The same order as Flink's own lookups: the parser's constants first, so an Option object
        // shared by several classes is named after CliFrontendParser.
        indexStaticFields(parserClass);
        indexStaticFields(Class.forName(PKG + "DynamicPropertiesUtil"));
        indexStaticFields(Class.forName(DEFAULT_CLI));

        List<Object> clis = loadCustomCommandLines();
        List<Object> cliDocs = new ArrayList<>();
        List<Object> withoutYarn = new ArrayList<>();
        for (Object cli : clis) {
            indexInstanceFields(cli);
            Object general = newOptions();
            Object run = newOptions();
            invoke(cli, "addGeneralOptions", general);
            invoke(cli, "addRunOptions", run);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("class", cli.getClass().getName());
            c.put("general", describeAll(general, null));
            c.put("run", describeAll(run, null));
            cliDocs.add(c);
            if (!cli.getClass().getName().equals(YARN_CLI)) {
                withoutYarn.add(cli);
            }
        }
        // bin/flink without flink-yarn on its classpath: the same list minus the YARN CLI.
        Object frontend = newFrontend(withoutYarn);
        doc.put("customCommandLines", cliDocs);

        Bytecode frontendCode = new Bytecode(javap(FRONTEND));
        List<Object> actionDocs = new ArrayList<>();
        Map<String, Object> optionsByAction = new LinkedHashMap<>();
        Map<String, Boolean> stopByAction = new LinkedHashMap<>();
        for (String action : actionNames()) {
            String method = camel(action);
            Bytecode.Call call = frontendCode.commandLineCall(method);
            if (call == null) {
                throw new IllegalStateException(
                        "CliFrontend." + method + " has no getCommandLine(Options, String[], boolean) call after a CliFrontendParser.get*CommandOptions() call");
            }
            Object options = callStatic(call.optionsMethod, new Class<?>[0]);
            if (options == null) {
                throw new IllegalStateException("CliFrontendParser." + call.optionsMethod + "() does not exist");
            }
            Set<String> inHelp = helpVisible(method);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", action);
            a.put("optionsMethod", call.optionsMethod);
            a.put("stopAtNonOptions", call.stopAtNonOptions);
            a.put("options", describeAll(options, inHelp));
            actionDocs.add(a);
            optionsByAction.put(action, options);
            stopByAction.put(action, call.stopAtNonOptions);
        }
        doc.put("actions", actionDocs);
        doc.put("probes", runProbes(probes, frontend, optionsByAction, stopByAction));
        return doc;
    }

    // ---------------------------------------------------------------------------------------------
    // The custom command lines and the actions

    /** Flink's own list; fails unless it is GenericCLI, FlinkYarnSessionCli, DefaultCLI (Hadoop present). */
    private List<Object> loadCustomCommandLines() throws Exception {
        Class<?> confClass = Class.forName("org.apache.flink.configuration.Configuration");
        Object conf = confClass.getConstructor().newInstance();
        Path confDir = Files.createTempDirectory("flink-conf");
        Method m = frontendClass.getMethod("loadCustomCommandLines", confClass, String.class);
        List<?> clis = (List<?>) m.invoke(null, conf, confDir.toString());
        List<String> names = new ArrayList<>();
        for (Object c : clis) {
            names.add(c.getClass().getName());
        }
        if (!names.equals(List.of(GENERIC_CLI, YARN_CLI, DEFAULT_CLI))) {
            String why;
            try {
                Class.forName(YARN_CLI);
                why = "";
            } catch (Throwable t) {
                why = " (loading " + YARN_CLI + " fails with " + rootCause(t) + ": Hadoop must be on the classpath)";
            }
            throw new IllegalStateException(
                    "CliFrontend.loadCustomCommandLines gave " + names + ", expected [GenericCLI, FlinkYarnSessionCli, DefaultCLI]" + why);
        }
        return new ArrayList<>(clis);
    }

    /** {@code new CliFrontend(configuration, customCommandLines)}, as bin/flink makes it. */
    private Object newFrontend(List<Object> customCommandLines) throws Exception {
        Class<?> confClass = Class.forName("org.apache.flink.configuration.Configuration");
        Object conf = confClass.getConstructor().newInstance();
        try {
            return frontendClass.getConstructor(confClass, List.class).newInstance(conf, customCommandLines);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("new CliFrontend(...) failed: " + rootCause(e), e.getCause());
        }
    }

    /** The values of CliFrontend's ACTION_* constants, in declaration order. */
    private List<String> actionNames() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : frontendClass.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().startsWith("ACTION_")) {
                f.setAccessible(true);
                out.add((String) f.get(null));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("CliFrontend has no ACTION_* constants");
        }
        return out;
    }

    /** Short names listed by {@code flink <action> -h}, or null when the action has no such list. */
    private Set<String> helpVisible(String method) {
        String name = "get" + Character.toUpperCase(method.charAt(0)) + method.substring(1) + "OptionsWithoutDeprecatedOptions";
        Object options = callStatic(name, new Class<?>[] {optionsClass}, newOptions());
        if (options == null) {
            return null;
        }
        Set<String> keys = new HashSet<>();
        for (Object o : optionsOf(options)) {
            keys.add(key(o));
        }
        return keys;
    }

    // ---------------------------------------------------------------------------------------------
    // Probes: sample command lines through CliFrontendParser.parse

    /** Each probe through CliFrontend.getCommandLine: the action's options merged with the custom ones, then CliFrontendParser.parse. */
    private List<Object> runProbes(
            List<String[]> probes, Object frontend, Map<String, Object> optionsByAction, Map<String, Boolean> stopByAction)
            throws Exception {
        Method parse = frontendClass.getMethod("getCommandLine", optionsClass, String[].class, boolean.class);
        Class<?> commandLineClass = Class.forName(CLI + "CommandLine");
        Method getOptions = commandLineClass.getMethod("getOptions");
        Method getArgList = commandLineClass.getMethod("getArgList");
        Set<String> seen = new HashSet<>();
        List<Object> out = new ArrayList<>();
        for (String action : optionsByAction.keySet()) {
            for (String[] probe : probes) {
                if (!probe[0].equals(action) && !probe[0].equals("*")) {
                    continue;
                }
                String[] argv = Arrays.copyOfRange(probe, 1, probe.length);
                if (!seen.add(action + "\t" + String.join("\t", argv))) {
                    throw new IllegalStateException("probe listed twice for " + action + ": " + Arrays.toString(argv));
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("action", action);
                p.put("argv", Arrays.asList(argv));
                try {
                    Object cl = parse.invoke(frontend, optionsByAction.get(action), argv, stopByAction.get(action));
                    List<Object> opts = new ArrayList<>();
                    for (Object o : (Object[]) getOptions.invoke(cl)) {
                        Map<String, Object> om = new LinkedHashMap<>();
                        om.put("opt", get(o, "getOpt"));
                        om.put("long", get(o, "getLongOpt"));
                        String[] values = (String[]) get(o, "getValues");
                        om.put("values", values == null ? List.of() : Arrays.asList(values));
                        opts.add(om);
                    }
                    p.put("options", opts);
                    p.put("args", getArgList.invoke(cl));
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (!cause.getClass().getName().equals(PKG + "CliArgsException")) {
                        throw new IllegalStateException("parsing " + action + " " + Arrays.toString(argv) + " failed unexpectedly", cause);
                    }
                    p.put("error", cause.getMessage());
                }
                out.add(p);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // The parser Flink builds

    /** How CliFrontendParser.parse makes its parser (bytecode), the parser's defaults and commons-cli's version. */
    private Map<String, Object> parserFacts() throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        boolean inParse = false;
        for (String line : javap(PARSER).split("\n")) {
            if (isMethodHeader(line)) {
                inParse = line.contains(" parse(");
                continue;
            }
            if (!inParse) {
                continue;
            }
            String t = line.trim();
            int ref = t.indexOf("// ");
            if (ref < 0 || !t.contains("org/apache/commons/cli/")) {
                continue;
            }
            String target = t.substring(ref + 3);
            if (t.contains(": new ")) {
                created.add(target.replace("class ", "").replace('/', '.'));
            } else if (t.contains(": invoke")) {
                calls.add(target.replace("Method ", "").replace('/', '.'));
            }
        }
        p.put("created", created);
        p.put("calls", calls);
        Object parser = Class.forName(CLI + "DefaultParser").getConstructor().newInstance();
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (String f : new String[] {"allowPartialMatching", "stripLeadingAndTrailingQuotes"}) {
            try {
                Field field = parser.getClass().getDeclaredField(f);
                field.setAccessible(true);
                defaults.put(f, field.get(parser));
            } catch (NoSuchFieldException e) {
                defaults.put(f, "absent");
            }
        }
        p.put("defaultParserFields", defaults);
        return p;
    }

    private Object commonsCliVersion() throws Exception {
        URL url = optionClass.getClassLoader().getResource("META-INF/maven/commons-cli/commons-cli/pom.properties");
        if (url == null) {
            throw new IllegalStateException("commons-cli's pom.properties is not on the classpath");
        }
        Properties props = new Properties();
        try (var in = url.openStream()) {
            props.load(in);
        }
        return props.getProperty("version");
    }

    private Object flinkVersion() throws Exception {
        return Class.forName("org.apache.flink.runtime.util.EnvironmentInformation").getMethod("getVersion").invoke(null);
    }

    // ---------------------------------------------------------------------------------------------
    // Options: facts only, never the description

    private List<Object> describeAll(Object options, Set<String> inHelp) {
        List<Object> out = new ArrayList<>();
        for (Object o : optionsOf(options)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("opt", get(o, "getOpt"));
            m.put("long", get(o, "getLongOpt"));
            m.put("hasArg", get(o, "hasArg"));
            m.put("optionalArg", get(o, "hasOptionalArg"));
            m.put("args", get(o, "getArgs"));
            m.put("argName", get(o, "getArgName"));
            m.put("separator", Boolean.TRUE.equals(get(o, "hasValueSeparator")) ? String.valueOf(get(o, "getValueSeparator")) : null);
            m.put("required", get(o, "isRequired"));
            m.put("deprecated", deprecated.contains(o));
            m.put("field", fieldOf.get(o));
            if (inHelp != null) {
                m.put("inHelp", inHelp.contains(key(o)));
            }
            out.add(m);
        }
        return out;
    }

    private void indexStaticFields(Class<?> c) throws IllegalAccessException {
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && optionClass.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                remember(f.get(null), c, f);
            }
        }
    }

    private void indexInstanceFields(Object instance) throws IllegalAccessException {
        for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (optionClass.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    remember(f.get(Modifier.isStatic(f.getModifiers()) ? null : instance), c, f);
                }
            }
        }
    }

    private void remember(Object option, Class<?> holder, Field f) {
        if (option == null) {
            return;
        }
        fieldOf.putIfAbsent(option, holder.getSimpleName() + "." + f.getName());
        if (f.isAnnotationPresent(Deprecated.class)) {
            deprecated.add(option);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Bytecode: which options each action parses with, and its stopAtNonOptions flag

    /** The javap listing of one CliFrontend, read one method at a time. */
    static final class Bytecode {
        static final class Call {
            String optionsMethod;
            boolean stopAtNonOptions;
        }

        private final Map<String, Call> calls = new LinkedHashMap<>();

        /**
         * Per method: the first {@code getCommandLine(Options, String[], boolean)} call, the
         * constant pushed just before it (the flag) and the CliFrontendParser options method
         * called before it.
         */
        Bytecode(String listing) {
            String method = null;
            String optionsMethod = null;
            String previous = null;
            for (String line : listing.split("\n")) {
                if (isMethodHeader(line)) {
                    String head = line.substring(0, line.indexOf('('));
                    method = head.substring(head.lastIndexOf(' ') + 1);
                    optionsMethod = null;
                    previous = null;
                    continue;
                }
                String t = line.trim();
                if (method == null || !t.matches("\\d+: .*")) {
                    continue;
                }
                String insn = t.substring(t.indexOf(": ") + 2);
                String marker = "CliFrontendParser.";
                if (insn.startsWith("invokestatic") && insn.contains(marker) && insn.contains("CommandOptions:()")) {
                    String s = insn.substring(insn.indexOf(marker) + marker.length());
                    optionsMethod = s.substring(0, s.indexOf(':'));
                }
                if (insn.startsWith("invokevirtual")
                        && insn.contains("getCommandLine:(Lorg/apache/commons/cli/Options;[Ljava/lang/String;Z)")
                        && optionsMethod != null
                        && !calls.containsKey(method)) {
                    Call call = new Call();
                    call.optionsMethod = optionsMethod;
                    if ("iconst_1".equals(previous)) {
                        call.stopAtNonOptions = true;
                    } else if ("iconst_0".equals(previous)) {
                        call.stopAtNonOptions = false;
                    } else {
                        throw new IllegalStateException(method + ": the stopAtNonOptions flag is not a constant (" + previous + ")");
                    }
                    calls.put(method, call);
                }
                previous = insn.trim();
            }
        }

        Call commandLineCall(String method) {
            return calls.get(method);
        }
    }

    static boolean isMethodHeader(String line) {
        return line.startsWith("  ") && !line.startsWith("   ") && line.contains("(") && line.trim().endsWith(";");
    }

    static String javap(String cls) {
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new IllegalStateException("the javap tool is not available: run with a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = javap.run(new PrintWriter(out), new PrintWriter(err), "-c", "-p", "-cp", System.getProperty("java.class.path"), cls);
        if (rc != 0) {
            throw new IllegalStateException("javap " + cls + " failed: " + err);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Reflection helpers

    private Object newOptions() {
        try {
            return optionsClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Collection<?> optionsOf(Object options) {
        return (Collection<?>) get(options, "getOptions");
    }

    private static String key(Object option) {
        Object opt = get(option, "getOpt");
        return (String) (opt != null ? opt : get(option, "getLongOpt"));
    }

    /** Calls a public no-argument method. */
    private static Object get(Object target, String name) {
        try {
            return target.getClass().getMethod(name).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getName() + "." + name + "()", e);
        }
    }

    /** Calls an instance method by name and arity, whatever its visibility. */
    private static Object invoke(Object target, String name, Object... args) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    /** Calls a static CliFrontendParser method, whatever its visibility; null when it does not exist. */
    private Object callStatic(String name, Class<?>[] types, Object... args) {
        try {
            Method m = parserClass.getDeclaredMethod(name, types);
            m.setAccessible(true);
            return m.invoke(null, args);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("CliFrontendParser." + name, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String camel(String action) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : action.toCharArray()) {
            if (ch == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }

    static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getName() + ": " + t.getMessage();
    }

    // ---------------------------------------------------------------------------------------------
    // JSON (compact; the generator formats what it writes)

    static final class Json {
        private Json() {}

        static String write(Object v) {
            StringBuilder sb = new StringBuilder();
            write(sb, v);
            return sb.toString();
        }

        private static void write(StringBuilder sb, Object v) {
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String) {
                str(sb, (String) v);
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else if (v instanceof Map) {
                sb.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    sb.append(sep);
                    str(sb, String.valueOf(e.getKey()));
                    sb.append(':');
                    write(sb, e.getValue());
                    sep = ",";
                }
                sb.append('}');
            } else if (v instanceof Collection) {
                sb.append('[');
                String sep = "";
                for (Object x : (Collection<?>) v) {
                    sb.append(sep);
                    write(sb, x);
                    sep = ",";
                }
                sb.append(']');
            } else {
                throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
            }
        }

        private static void str(StringBuilder sb, String s) {
            sb.append('"');
            for (char ch : s.toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    sb.append('\\').append(ch);
                } else if (ch < 0x20) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            sb.append('"');
        }
    }
}
