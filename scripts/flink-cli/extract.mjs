// Drives the Java extractor of Flink's CLI table: resolves each line's jars with Maven (a
// generated pom per line: flink-clients at the line's release from flink-versions.json, and
// flink-yarn with Hadoop so that bin/flink's YARN CLI loads), builds the extractor if needed, runs
// it with those jars on the classpath and returns its JSON. One Maven run resolves every stale
// line, since Maven's start-up costs more than resolving a line. The extractor needs nothing but
// the JDK, so javac builds it, meanwhile: a Maven build of it costs three times the CPU.
// Used by scripts/generate-flink-cli.mjs; also runnable alone:
//   node scripts/flink-cli/extract.mjs 2.3 [--out file.json]
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LINES } from "../flink-lines.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");
const CACHE = join(ROOT, ".cache", "flink-cli");
const EXTRACTOR_CLASSES = join(here, "target", "classes");
const EXTRACTOR_JAR = join(here, "target", "flink-cli-extractor.jar");
const EXTRACTOR_SOURCES = [join(here, "src/main/java/dev/flinkrest/flinkcli/CliExtractor.java")];
const PROBES_FILE = join(here, "probes.json");
const MVN = process.env.MVN ?? "mvn";
const jdkTool = (name) => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", name) : name);
const JAVA = jdkTool("java");

/**
 * The modules each line's classpath is resolved from, with the transitive jars that reading the
 * CLI never loads left out (RPC, ZooKeeper, Netty, the DataStream API, HDFS, Hadoop's web and
 * serialization stack ...). Versions come from Flink's own poms: commons-cli through
 * flink-clients, Hadoop through flink-yarn. The output is byte-identical with the full classpath
 * (checked for every line when this list was made); if a line needs one of these, extraction fails
 * naming the missing class: remove it here.
 */
const MODULES = [
  {
    artifact: "flink-clients",
    exclusions: [
      "org.apache.flink:flink-rpc-akka-loader",
      "org.apache.flink:flink-rpc-core",
      "org.apache.flink:flink-shaded-netty",
      "org.apache.flink:flink-shaded-zookeeper-3",
      "org.apache.flink:flink-shaded-jackson",
      "org.apache.flink:flink-shaded-asm-9",
      "org.apache.flink:flink-shaded-force-shading",
      "org.apache.flink:flink-streaming-java",
      "org.apache.flink:flink-datastream",
      "org.apache.flink:flink-datastream-api",
      "org.apache.flink:flink-file-sink-common",
      "org.apache.flink:flink-optimizer",
      "org.apache.flink:flink-java",
      "org.apache.flink:flink-connector-datagen",
      "org.apache.flink:flink-queryable-state-client-java",
      "org.apache.flink:flink-hadoop-fs",
      "com.esotericsoftware:kryo",
      "com.esotericsoftware.kryo:kryo",
      "com.twitter:chill-java",
      "commons-collections:commons-collections",
      "commons-io:commons-io",
      "org.apache.commons:commons-compress",
      "org.apache.commons:commons-math3",
      "org.apache.commons:commons-text",
      "org.roaringbitmap:RoaringBitmap",
      "org.javassist:javassist",
      "org.xerial.snappy:snappy-java",
      "org.lz4:lz4-java",
      "at.yawk.lz4:lz4-java",
      "tools.profiler:async-profiler",
    ],
  },
  {
    artifact: "flink-yarn",
    // Flink's own modules come from flink-clients at the line's release (flink-yarn may be an
    // older patch: catalog.moduleReleases in flink-versions.json). Of Hadoop, loading
    // FlinkYarnSessionCli needs hadoop-common, hadoop-yarn-api and hadoop-yarn-client.
    exclusions: [
      "org.apache.flink:*",
      "org.apache.hadoop:hadoop-hdfs",
      "org.apache.hadoop:hadoop-mapreduce-client-core",
      "org.apache.hadoop:hadoop-auth",
      "org.apache.avro:*",
      "org.apache.curator:*",
      "org.apache.zookeeper:*",
      "org.apache.htrace:*",
      "org.apache.httpcomponents:*",
      "org.apache.directory.server:*",
      "org.apache.directory.api:*",
      "org.mortbay.jetty:*",
      "org.eclipse.jetty:*",
      "com.sun.jersey:*",
      "com.sun.jersey.contribs:*",
      "com.sun.xml.bind:*",
      "javax.xml.bind:*",
      "javax.servlet:*",
      "javax.servlet.jsp:*",
      "net.java.dev.jets3t:*",
      "com.jcraft:*",
      "com.nimbusds:*",
      "io.netty:*",
      "xerces:*",
      "org.fusesource.leveldbjni:*",
      "com.fasterxml.jackson.core:*",
      "com.fasterxml.woodstox:*",
      "org.codehaus.jackson:*",
      "org.codehaus.jettison:*",
      "com.google.inject:*",
      "com.google.inject.extensions:*",
      "com.google.code.gson:*",
      "com.squareup.okhttp:*",
      "log4j:*",
      "org.slf4j:slf4j-log4j12",
      "ch.qos.reload4j:*",
    ],
  },
];

/** Extra Maven arguments, e.g. FLINK_CLI_MAVEN_ARGS="-Dmaven.repo.local=/tmp/m2-cold" to measure a cold cache. */
function mavenArgs() {
  const extra = process.env.FLINK_CLI_MAVEN_ARGS;
  return ["-B", "-q", "--no-transfer-progress", ...(extra ? extra.split(/\s+/).filter(Boolean) : [])];
}

/** The supported lines, each with the flink-yarn release to read (flink-yarn is not served for every patch). */
export function cliVersions() {
  return LINES.map(({ line, release, catalog }) => ({
    line,
    release,
    yarnRelease: catalog?.moduleReleases?.["flink-yarn"] ?? release,
  }));
}

function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", (e) => {
      const what = cmd === MVN ? "Maven (mvn 3.8+)" : "a JDK 17+ (java, javac, jar and javap)";
      reject(new Error(`cannot run ${cmd}: ${e.message}. The Flink CLI table needs ${what}.`));
    });
    child.on("close", (code) => {
      if (code === 0) {
        resolve(out);
      } else {
        reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}\n${out.slice(-4000)}\n${err.slice(-4000)}`));
      }
    });
  });
}

function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The pom that resolves one line's classpath: nothing is built from it. */
export function linePom(version) {
  const release = { "flink-clients": version.release, "flink-yarn": version.yarnRelease };
  const deps = MODULES.map((m) => {
    const exclusions = m.exclusions
      .map((e) => {
        const [g, a] = e.split(":");
        return `        <exclusion><groupId>${escapeXml(g)}</groupId><artifactId>${escapeXml(a)}</artifactId></exclusion>\n`;
      })
      .join("");
    return (
      "    <dependency>\n" +
      "      <groupId>org.apache.flink</groupId>\n" +
      `      <artifactId>${m.artifact}</artifactId>\n` +
      `      <version>${escapeXml(release[m.artifact])}</version>\n` +
      `      <exclusions>\n${exclusions}      </exclusions>\n` +
      "    </dependency>\n"
    );
  }).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/flink-cli/extract.mjs from flink-versions.json: the Flink ${escapeXml(version.release)} jars bin/flink's CLI classes need, with Hadoop. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.flink-rest-client</groupId>
  <artifactId>flink-cli-classpath-${escapeXml(version.line)}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${deps}  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
        <configuration>
          <outputFile>\${project.basedir}/classpath.txt</outputFile>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`;
}

function aggregatorPom(modules) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/flink-cli/extract.mjs: one Maven run resolves the classpaths of these lines. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.flink-rest-client</groupId>
  <artifactId>flink-cli-extraction</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <modules>
${modules.map((m) => `    <module>${escapeXml(m)}</module>`).join("\n")}
  </modules>
</project>
`;
}

async function cachedClasspath(dir, pom) {
  const previousPom = await readFile(join(dir, "pom.xml"), "utf8").catch(() => "");
  const cpFile = join(dir, "classpath.txt");
  if (previousPom !== pom || !existsSync(cpFile)) {
    return undefined;
  }
  const jars = (await readFile(cpFile, "utf8")).trim().split(":").filter(Boolean);
  return jars.length > 0 && jars.every((j) => existsSync(j)) ? jars : undefined;
}

/** Waits for every task, so no child process outlives a failure, then throws the first error. */
async function settled(tasks) {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) {
    throw failed.reason;
  }
}

/** Builds the extractor jar with the JDK's javac and jar, unless it is newer than its sources. */
async function buildExtractor(log) {
  const built = existsSync(EXTRACTOR_JAR) ? statSync(EXTRACTOR_JAR).mtimeMs : 0;
  if (EXTRACTOR_SOURCES.every((s) => statSync(s).mtimeMs < built)) {
    return;
  }
  const started = Date.now();
  await rm(join(here, "target"), { recursive: true, force: true });
  await run(jdkTool("javac"), ["--release", "17", "-encoding", "UTF-8", "-d", EXTRACTOR_CLASSES, ...EXTRACTOR_SOURCES]);
  await run(jdkTool("jar"), ["--create", "--file", EXTRACTOR_JAR, "-C", EXTRACTOR_CLASSES, "."]);
  log(`built the extractor in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Resolves every stale line's classpath in one Maven run. */
async function resolveClasspaths(stale, log) {
  if (stale.length === 0) {
    return;
  }
  await mkdir(CACHE, { recursive: true });
  const aggregator = join(CACHE, "pom.xml");
  await writeFile(aggregator, aggregatorPom(stale.map((v) => v.line)));
  const started = Date.now();
  log(`resolving Flink ${stale.map((v) => v.release).join(", ")} with Maven ...`);
  await run(MVN, [...mavenArgs(), "-f", aggregator, "dependency:build-classpath"]);
  log(`resolved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Builds the extractor unless its jar is newer than its sources, and resolves the classpath of
 * every given line unless `.cache/flink-cli/<line>/` has it for the same pom, both at once.
 * Returns line -> jar paths.
 */
export async function prepare(versions, log = () => {}) {
  const classpaths = new Map();
  const stale = [];
  for (const version of versions) {
    const dir = join(CACHE, version.line);
    const pom = linePom(version);
    const jars = await cachedClasspath(dir, pom);
    if (jars) {
      classpaths.set(version.line, jars);
    } else {
      await mkdir(dir, { recursive: true });
      await rm(join(dir, "classpath.txt"), { force: true });
      await writeFile(join(dir, "pom.xml"), pom);
      stale.push(version);
    }
  }
  await settled([buildExtractor(log), resolveClasspaths(stale, log)]);
  for (const version of stale) {
    const text = await readFile(join(CACHE, version.line, "classpath.txt"), "utf8");
    classpaths.set(version.line, text.trim().split(":").filter(Boolean));
  }
  return classpaths;
}

/** The probe groups of probes.json: `{ actions, probes }`, where an action "*" is every action. */
export async function probeGroups() {
  return JSON.parse(await readFile(PROBES_FILE, "utf8")).groups;
}

/** probes.json as the extractor's TSV: one line per action (or "*") and command line. */
export async function probesTsv() {
  const groups = await probeGroups();
  const rows = ["# generated by scripts/flink-cli/extract.mjs from scripts/flink-cli/probes.json"];
  for (const group of groups) {
    for (const argv of group.probes) {
      if (argv.some((token) => /[\t\n]/.test(token))) {
        throw new Error(`probes.json: a token holds a tab or newline: ${JSON.stringify(argv)}`);
      }
      for (const action of group.actions) {
        rows.push([action, ...argv].join("\t"));
      }
    }
  }
  return `${rows.join("\n")}\n`;
}

/** Runs the extractor on one line's jars, in a fresh temp dir (FlinkYarnSessionCli reads a properties file from it). */
async function extractOne(version, jars, tsv, log) {
  const work = await mkdtemp(join(tmpdir(), `flink-cli-${version.line}-`));
  try {
    const probes = join(work, "probes.tsv");
    const out = join(work, "extracted.json");
    await writeFile(probes, tsv);
    // No Flink, Hadoop or YARN settings from this machine reach the classes.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(FLINK|HADOOP|YARN)_/.test(k)));
    const started = Date.now();
    await run(
      JAVA,
      [
        // A short run: the C1 compiler alone takes ~40% less CPU, and the output does not depend on it.
        "-XX:TieredStopAtLevel=1",
        `-Djava.io.tmpdir=${work}`,
        "-Duser.name=flink",
        `-Duser.home=${work}`,
        "-cp",
        [EXTRACTOR_JAR, ...jars].join(":"),
        "dev.flinkrest.flinkcli.CliExtractor",
        probes,
        out,
      ],
      { env },
    );
    log(
      `extracted Flink ${version.release} (flink-yarn ${version.yarnRelease}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { line: version.line, release: version.release, ...JSON.parse(await readFile(out, "utf8")) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Extracts the given lines (two JVMs at a time at most). Returns line -> extractor output. */
export async function extractLines(versions, log = () => {}) {
  const classpaths = await prepare(versions, log);
  const tsv = await probesTsv();
  const results = new Map();
  const queue = [...versions];
  const workers = Array.from({ length: Math.min(2, availableParallelism(), queue.length) }, async () => {
    for (let v = queue.shift(); v; v = queue.shift()) {
      results.set(v.line, await extractOne(v, classpaths.get(v.line), tsv, log));
    }
  });
  await settled(workers);
  return new Map(versions.map((v) => [v.line, results.get(v.line)]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const line = process.argv[2];
  const version = cliVersions().find((v) => v.line === line);
  if (!version) {
    process.stderr.write(
      `usage: extract.mjs <line> [--out file]; lines: ${cliVersions()
        .map((v) => v.line)
        .join(", ")}\n`,
    );
    process.exit(2);
  }
  const result = (
    await extractLines([version], (m) => process.stderr.write(`${m}\n`)).catch((e) => {
      process.stderr.write(`extract.mjs: ${e.message}\n`);
      process.exit(1);
    })
  ).get(line);
  const outIndex = process.argv.indexOf("--out");
  const text = `${JSON.stringify(result, null, 1)}\n`;
  if (outIndex > 0) {
    await writeFile(process.argv[outIndex + 1], text);
  } else {
    process.stdout.write(text);
  }
}
