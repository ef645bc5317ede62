package dev.flinkrest.optioncatalog;

import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the {@code ConfigOption} fields of Flink's option holder classes by reflection and writes
 * the facts (key, value class, default, fallback keys, annotations) as JSON.
 *
 * <p>It is compiled against the JDK only: every Flink class and method is reached by name, so the
 * same build runs against the jars of any Flink version put on the classpath. No description text
 * is read.
 *
 * <p>Usage: {@code java -cp extractor.jar:<flink classpath> dev.flinkrest.optioncatalog.Extractor
 * <spec file> <output file>}. Spec lines (tab-separated):
 *
 * <ul>
 *   <li>{@code scan <package> <jar>}: every top-level class of the package in that jar whose name
 *       matches Flink's doc generator pattern {@code [a-zA-Z]*(Options|Config|Parameters)};
 *   <li>{@code class <fqn>}: one extra class, always read;
 *   <li>{@code exclude <fqn>}: a class the scan skips (Flink's doc generator EXCLUSIONS).
 * </ul>
 */
public final class Extractor {

    /** Same pattern as flink-docs ConfigurationOptionLocator.CLASS_NAME_PATTERN. */
    private static final Pattern CLASS_NAME = Pattern.compile("[a-zA-Z]*(?:Options|Config|Parameters)");

    private static final String CONFIG_OPTION = "org.apache.flink.configuration.ConfigOption";
    private static final String EXCLUDE_ANNOTATION =
            "org.apache.flink.annotation.docs.Documentation$ExcludeFromDocumentation";
    private static final String OVERRIDE_DEFAULT_ANNOTATION =
            "org.apache.flink.annotation.docs.Documentation$OverrideDefault";
    private static final String SUFFIX_OPTION_ANNOTATION =
            "org.apache.flink.annotation.docs.Documentation$SuffixOption";

    private final ClassLoader loader = Extractor.class.getClassLoader();
    private Class<?> configOptionClass;
    private Method keyMethod;
    private Method hasDefaultMethod;
    private Method defaultMethod;
    private Method fallbackKeysMethod;
    private Method clazzMethod;
    private Method isListMethod;
    private Method formatDuration;
    private Method escapeWithSingleQuote;
    private Method isSensitive;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Extractor <spec file> <output file>");
            System.exit(2);
        }
        new Extractor().run(Paths.get(args[0]), Paths.get(args[1]));
    }

    private void run(Path specFile, Path output) throws Exception {
        configOptionClass = Class.forName(CONFIG_OPTION, false, loader);
        keyMethod = configOptionClass.getMethod("key");
        hasDefaultMethod = configOptionClass.getMethod("hasDefaultValue");
        defaultMethod = configOptionClass.getMethod("defaultValue");
        fallbackKeysMethod = configOptionClass.getMethod("fallbackKeys");
        clazzMethod = configOptionClass.getDeclaredMethod("getClazz");
        clazzMethod.setAccessible(true);
        isListMethod = configOptionClass.getDeclaredMethod("isList");
        isListMethod.setAccessible(true);
        formatDuration = Class.forName("org.apache.flink.util.TimeUtils", false, loader)
                .getMethod("formatWithHighestUnit", java.time.Duration.class);
        escapeWithSingleQuote = Class.forName("org.apache.flink.configuration.StructuredOptionsSplitter", false, loader)
                .getDeclaredMethod("escapeWithSingleQuote", String.class, String[].class);
        escapeWithSingleQuote.setAccessible(true);
        Class<?> global = Class.forName("org.apache.flink.configuration.GlobalConfiguration", false, loader);
        isSensitive = global.getMethod("isSensitive", String.class);

        List<String> classes = new ArrayList<>();
        Set<String> exclusions = new HashSet<>();
        List<String[]> scans = new ArrayList<>();
        for (String line : Files.readAllLines(specFile, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "scan":
                    scans.add(parts);
                    break;
                case "class":
                    classes.add(parts[1]);
                    break;
                case "exclude":
                    exclusions.add(parts[1]);
                    break;
                default:
                    throw new IllegalArgumentException("bad spec line: " + line);
            }
        }
        // class name -> jar it was found in (first scan wins), sorted for a stable output order.
        Map<String, String> found = new TreeMap<>();
        Map<String, String> packagesFound = new TreeMap<>();
        for (String[] scan : scans) {
            String pkg = scan[1];
            String jar = scan[2];
            String prefix = pkg.replace('.', '/') + "/";
            int count = 0;
            try (ZipFile zip = new ZipFile(jar)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (!name.startsWith(prefix) || !name.endsWith(".class")) {
                        continue;
                    }
                    String simple = name.substring(prefix.length(), name.length() - ".class".length());
                    if (simple.contains("/") || simple.contains("$") || !CLASS_NAME.matcher(simple).matches()) {
                        continue;
                    }
                    String fqn = pkg + "." + simple;
                    if (exclusions.contains(fqn)) {
                        continue;
                    }
                    count++;
                    found.putIfAbsent(fqn, Paths.get(jar).getFileName().toString());
                }
            }
            if (count > 0) {
                packagesFound.merge(pkg, Paths.get(jar).getFileName().toString(), (a, b) -> a + "," + b);
            }
        }
        for (String extra : classes) {
            found.putIfAbsent(extra, "");
        }

        StringBuilder out = new StringBuilder(1 << 20);
        out.append("{\n\"facts\":");
        describeFacts(out);
        out.append(",\n\"packages\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : packagesFound.entrySet()) {
            out.append(first ? "" : ",").append(str(e.getKey())).append(':').append(str(e.getValue()));
            first = false;
        }
        out.append("},\n\"classes\":[\n");
        first = true;
        for (Map.Entry<String, String> e : found.entrySet()) {
            out.append(first ? "" : ",\n");
            first = false;
            describeClass(e.getKey(), e.getValue(), out);
        }
        out.append("\n]}\n");
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(out.toString());
        }
    }

    /**
     * Facts about how this release reads and shows option values, asked of Flink's own classes
     * rather than written down per version: the key fragments whose values it hides
     * (GlobalConfiguration.SENSITIVE_KEYS), whether TimeUtils reads ISO-8601 durations and counts
     * beyond 64 bits, and whether a Configuration reads a list value written in YAML flow style.
     * Only facts that do not depend on how the cluster was configured are asked.
     */
    private void describeFacts(StringBuilder out) throws Exception {
        Class<?> global = Class.forName("org.apache.flink.configuration.GlobalConfiguration", false, loader);
        Field sensitive = global.getDeclaredField("SENSITIVE_KEYS");
        sensitive.setAccessible(true);
        out.append("{\"sensitiveKeys\":[");
        String[] fragments = (String[]) sensitive.get(null);
        for (int i = 0; i < fragments.length; i++) {
            out.append(i == 0 ? "" : ",").append(str(fragments[i]));
        }
        out.append(']');
        Method parseDuration = Class.forName("org.apache.flink.util.TimeUtils", false, loader)
                .getMethod("parseDuration", String.class);
        out.append(",\"isoDurations\":").append(succeeds(() -> parseDuration.invoke(null, "PT10S")));
        out.append(",\"bigDurationCounts\":")
                .append(succeeds(() -> parseDuration.invoke(null, "9223372036854775808 ns")));
        Class<?> configuration = Class.forName("org.apache.flink.configuration.Configuration", false, loader);
        // Does "[a, b]" give the list [a, b] (YAML flow style), or one element "[a, b]"?
        Object listOption = stringListOption("probe.list");
        Object read = configuration.getMethod("fromMap", Map.class).invoke(null, Map.of("probe.list", "[a, b]"));
        Object value = configuration.getMethod("get", configOptionClass).invoke(read, listOption);
        out.append(",\"yamlListValues\":").append(List.of("a", "b").equals(value));
        out.append('}');
    }

    private Object stringListOption(String key) throws Exception {
        Object builder = Class.forName("org.apache.flink.configuration.ConfigOptions", false, loader)
                .getMethod("key", String.class)
                .invoke(null, key);
        Object typed = builder.getClass().getMethod("stringType").invoke(builder);
        Object listBuilder = typed.getClass().getMethod("asList").invoke(typed);
        return listBuilder.getClass().getMethod("noDefaultValue").invoke(listBuilder);
    }

    private interface Probe {
        Object run() throws Exception;
    }

    private static boolean succeeds(Probe probe) {
        try {
            probe.run();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void describeClass(String fqn, String jar, StringBuilder out) {
        out.append("{\"class\":").append(str(fqn)).append(",\"jar\":").append(str(jar));
        Class<?> clazz;
        try {
            clazz = Class.forName(fqn, true, loader);
        } catch (Throwable t) {
            out.append(",\"error\":").append(str(describe(t))).append('}');
            return;
        }
        if (jar.isEmpty()) {
            try {
                String location = clazz.getProtectionDomain().getCodeSource().getLocation().getPath();
                out.append(",\"jarOfClass\":").append(str(Paths.get(location).getFileName().toString()));
            } catch (RuntimeException e) {
                // no code source: leave it out
            }
        }
        out.append(",\"deprecated\":").append(clazz.isAnnotationPresent(Deprecated.class));
        out.append(",\"excluded\":").append(hasAnnotation(clazz, EXCLUDE_ANNOTATION));
        out.append(",\"options\":[");
        // Field order of getFields() is unspecified: sort by name.
        Map<String, Field> fields = new TreeMap<>();
        for (Field f : clazz.getFields()) {
            if (f.getType().equals(configOptionClass) && Modifier.isStatic(f.getModifiers())) {
                fields.put(f.getName(), f);
            }
        }
        boolean first = true;
        for (Field f : fields.values()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            try {
                describeOption(f, out);
            } catch (Throwable t) {
                out.append("{\"field\":").append(str(f.getName())).append(",\"error\":").append(str(describe(t))).append('}');
            }
        }
        out.append("]}");
    }

    private void describeOption(Field field, StringBuilder out) throws Exception {
        Object option = field.get(null);
        StringBuilder o = new StringBuilder();
        o.append("{\"field\":").append(str(field.getName()));
        String key = (String) keyMethod.invoke(option);
        // A suffix option's key is relative; Flink's doc generator documents it under the prefix
        // given by @Documentation.SuffixOption on the field or its class (e.g. metrics.reporter.<name>).
        String prefix = annotationValue(field, SUFFIX_OPTION_ANNOTATION);
        if (prefix == null) {
            prefix = annotationValue(field.getDeclaringClass(), SUFFIX_OPTION_ANNOTATION);
        }
        String fullKey = prefix == null ? key : prefix + "." + key;
        o.append(",\"key\":").append(str(fullKey));
        if (prefix != null) {
            o.append(",\"suffixOf\":").append(str(prefix));
        }
        Class<?> valueClass = (Class<?>) clazzMethod.invoke(option);
        boolean list = (Boolean) isListMethod.invoke(option);
        o.append(",\"class\":").append(str(valueClass.getName()));
        o.append(",\"list\":").append(list);
        if (valueClass.isEnum()) {
            o.append(",\"enum\":[");
            Object[] constants = valueClass.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                o.append(i == 0 ? "" : ",").append(str(((Enum<?>) constants[i]).name()));
            }
            o.append(']');
        }
        boolean hasDefault = (Boolean) hasDefaultMethod.invoke(option);
        o.append(",\"hasDefault\":").append(hasDefault);
        if (hasDefault) {
            Object value = defaultMethod.invoke(option);
            if (value != null) {
                o.append(",\"default\":").append(str(format(value)));
            }
        }
        o.append(",\"fallbackKeys\":[");
        boolean first = true;
        for (Object fallback : (Iterable<?>) fallbackKeysMethod.invoke(option)) {
            Method getKey = fallback.getClass().getMethod("getKey");
            Method isDeprecated = fallback.getClass().getMethod("isDeprecated");
            getKey.setAccessible(true);
            isDeprecated.setAccessible(true);
            o.append(first ? "" : ",");
            first = false;
            o.append("{\"key\":").append(str((String) getKey.invoke(fallback)));
            o.append(",\"deprecated\":").append(isDeprecated.invoke(fallback)).append('}');
        }
        o.append(']');
        o.append(",\"deprecated\":").append(field.isAnnotationPresent(Deprecated.class));
        o.append(",\"excluded\":").append(hasAnnotation(field, EXCLUDE_ANNOTATION));
        o.append(",\"overrideDefault\":").append(hasAnnotation(field, OVERRIDE_DEFAULT_ANNOTATION));
        o.append(",\"sensitive\":").append(isSensitive.invoke(null, fullKey));
        o.append('}');
        out.append(o);
    }

    /**
     * Flink's string form of a value, the same for every version: the "legacy" flat form of
     * ConfigurationUtils.convertToString (Flink 1.x; 2.x also reads it): durations by
     * TimeUtils.formatWithHighestUnit, enums by name, lists joined by ';' and maps as k:v pairs
     * joined by ',', elements escaped by StructuredOptionsSplitter.escapeWithSingleQuote.
     * Flink 2.x prints lists and maps in YAML flow style instead; we do not use that form.
     */
    private String format(Object value) throws Exception {
        if (value instanceof List) {
            StringBuilder b = new StringBuilder();
            for (Object e : (List<?>) value) {
                b.append(b.length() == 0 ? "" : ";").append(escape(scalar(e), ";"));
            }
            return b.toString();
        }
        if (value instanceof Map) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String k = escape(scalar(e.getKey()), ":");
                String v = escape(scalar(e.getValue()), ":");
                b.append(b.length() == 0 ? "" : ",").append(escape(k + ":" + v, ","));
            }
            return b.toString();
        }
        return scalar(value);
    }

    private String scalar(Object value) throws Exception {
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof java.time.Duration) {
            return (String) formatDuration.invoke(null, value);
        }
        return String.valueOf(value);
    }

    private String escape(String s, String separator) throws Exception {
        return (String) escapeWithSingleQuote.invoke(null, s, new String[] {separator});
    }

    private static String annotationValue(AnnotatedElement element, String annotationClass) throws Exception {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotationClass)) {
                return (String) a.annotationType().getMethod("value").invoke(a);
            }
        }
        return null;
    }

    private static boolean hasAnnotation(AnnotatedElement element, String annotationClass) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotationClass)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return t.getClass().getName() + ": " + t.getMessage()
                + (root != t ? " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")" : "");
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private Extractor() {}
}
