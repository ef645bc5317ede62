/**
 * What `flink-rest` does with each option of `bin/flink`. The options themselves (spellings,
 * arity, the lines that have them) come from Flink's CLI classes (generated/flink-cli.ts); this
 * table holds only our decision for each, keyed by the Flink field that defines the option
 * (`action field` where one field means different things in different actions). Every option in
 * the generated table must have an entry here (test/cli/flink-flags.test.ts), so a new Flink
 * option cannot slip through unread; docs/cli.md's option table is written from it.
 */

/** The meanings flink-rest gives Flink's options. */
export type FlagRole =
  | "help"
  | "verbose"
  | "jar"
  | "entryClass"
  | "classpath"
  | "parallelism"
  | "arguments"
  | "detached"
  | "savepointPath"
  | "allowNonRestoredState"
  | "claimMode"
  | "restoreMode"
  | "address"
  | "target"
  | "define"
  | "showAll"
  | "showRunning"
  | "showScheduled"
  | "withSavepoint"
  | "formatType"
  | "stopSavepointPath"
  | "drain"
  | "triggerDetached"
  | "dispose"
  | "fullCheckpoint";

export interface FlagTreatment {
  /** What flink-rest does with the option, for `--help` and docs/cli.md. */
  readonly does: string;
  /** The option is used, with this meaning. */
  readonly role?: FlagRole;
  /** The option is accepted but means nothing over REST: a warning says why. */
  readonly warn?: string;
  /** The option is refused before anything is sent: the error says why. */
  readonly refuse?: string;
}

const PYTHON: FlagTreatment = {
  does: "Python programs need Flink's own client (PythonDriver); the REST API runs jars",
  refuse:
    "Python programs are started by Flink's client (PythonDriver) on the machine that runs `flink run`; the REST API runs jars only. Submit a jar, or use Flink's CLI for Python jobs.",
};

const YARN: FlagTreatment = {
  does: "YARN deployments need Flink's own CLI; flink-rest talks to a running cluster",
  refuse:
    "it configures a YARN deployment that `bin/flink` starts itself; flink-rest talks to a running cluster over REST. Point --url (or -m host:port) at the REST address of the cluster's JobManager.",
};

/** Options of `bin/flink`'s YARN CLI (FlinkYarnSessionCli), present when Hadoop is on its classpath. */
export const YARN_TREATMENT = YARN;

/** Our treatment of each Flink option, by `action field` or `field`. */
export const FLAG_TREATMENTS: Readonly<Record<string, FlagTreatment>> = {
  "CliFrontendParser.HELP_OPTION": { does: "prints this action's help", role: "help" },
  "CliFrontendParser (created inline)": { does: "accepted and ignored, as Flink does", role: "verbose" },

  // run / info (and explain, which reads run's options)
  "CliFrontendParser.JAR_OPTION": { does: "the jar to upload (instead of the first argument)", role: "jar" },
  "CliFrontendParser.CLASS_OPTION": { does: "sent as entryClass", role: "entryClass" },
  "CliFrontendParser.CLASSPATH_OPTION": {
    does: "added to pipeline.classpaths in flinkConfiguration (repeatable); the URL must be reachable from every node",
    role: "classpath",
  },
  "CliFrontendParser.PARALLELISM_OPTION": { does: "sent as parallelism", role: "parallelism" },
  "CliFrontendParser.ARGS_OPTION": {
    does: "the program's arguments, in place of those after the jar (as in Flink, the jar is then the first of them unless -j names it)",
    role: "arguments",
  },
  "CliFrontendParser.DETACHED_OPTION": {
    does: "accepted: flink-rest always submits detached (--wait waits for RUNNING)",
    role: "detached",
  },
  "CliFrontendParser.YARN_DETACHED_OPTION": {
    does: "accepted like -d (deprecated in Flink)",
    role: "detached",
    warn: "-yd is deprecated in Flink and gone in 2.0; it means -d here, which is what flink-rest does anyway.",
  },
  "CliFrontendParser.SHUTDOWN_IF_ATTACHED_OPTION": {
    does: "ignored: there is no attached client over REST",
    warn: "-sae shuts a cluster down when an attached `flink run` client exits; flink-rest submits detached over REST, so there is no attached client.",
  },
  "CliFrontendParser.PY_OPTION": PYTHON,
  "CliFrontendParser.PYFILES_OPTION": PYTHON,
  "CliFrontendParser.PYMODULE_OPTION": PYTHON,
  "CliFrontendParser.PYREQUIREMENTS_OPTION": PYTHON,
  "CliFrontendParser.PYARCHIVE_OPTION": PYTHON,
  "CliFrontendParser.PYEXEC_OPTION": PYTHON,
  "CliFrontendParser.PYCLIENTEXEC_OPTION": PYTHON,
  "CliFrontendParser.PYTHON_PATH": PYTHON,
  "CliFrontendParser.SAVEPOINT_PATH_OPTION": { does: "sent as savepointPath", role: "savepointPath" },
  "CliFrontendParser.SAVEPOINT_ALLOW_NON_RESTORED_OPTION": {
    does: "sent as allowNonRestoredState",
    role: "allowNonRestoredState",
  },
  "CliFrontendParser.SAVEPOINT_CLAIM_MODE": {
    does: "sent as claimMode (as restoreMode to lines before it existed)",
    role: "claimMode",
  },
  "CliFrontendParser.SAVEPOINT_RESTORE_MODE": {
    does: "the claim mode under its old name; -cm wins when both are given, as in Flink",
    role: "restoreMode",
  },

  // every action (CliFrontend's custom command lines)
  "GenericCLI.targetOption": {
    does: "`remote` (a running session cluster) is accepted; any other target is refused",
    role: "target",
  },
  "GenericCLI.executorOption": {
    does: "like -t (Flink's older name for it)",
    role: "target",
  },
  "DynamicPropertiesUtil.DYNAMIC_PROPERTIES": {
    does: "run, info, explain: sent in flinkConfiguration; rest.address and rest.port select the cluster, as in Flink; other actions send no configuration and warn",
    role: "define",
  },
  "AbstractCustomCommandLine.zookeeperNamespaceOption": {
    does: "flink-rest does not look up the leader in ZooKeeper; give REST addresses with --url",
    refuse:
      "-z names the ZooKeeper namespace in which `bin/flink` looks up the leading JobManager; flink-rest does not read ZooKeeper. Give the JobManagers' REST addresses with --url.",
  },
  "DefaultCLI.addressOption": {
    does: "selects the cluster like --url: host:port (or an http(s) URL)",
    role: "address",
  },

  // list
  "CliFrontendParser.ALL_OPTION": { does: "also lists finished jobs", role: "showAll" },
  "CliFrontendParser.RUNNING_OPTION": { does: "lists running and restarting jobs", role: "showRunning" },
  "CliFrontendParser.SCHEDULED_OPTION": { does: "lists jobs that have not started yet", role: "showScheduled" },

  // cancel
  "CliFrontendParser.CANCEL_WITH_SAVEPOINT_OPTION": {
    does: "cancels with a savepoint (to the given directory, else the cluster's default); deprecated in Flink: prefer stop",
    role: "withSavepoint",
  },
  "CliFrontendParser.SAVEPOINT_FORMAT_OPTION": {
    does: "the savepoint's formatType: CANONICAL or NATIVE",
    role: "formatType",
  },

  // stop
  "CliFrontendParser.STOP_WITH_SAVEPOINT_PATH": {
    does: "where the savepoint goes (the cluster's default without a value)",
    role: "stopSavepointPath",
  },
  "CliFrontendParser.STOP_AND_DRAIN": { does: "sent as drain: true", role: "drain" },
  "CliFrontendParser.SAVEPOINT_DETACHED_OPTION": {
    does: "prints the trigger id and returns without waiting for the savepoint",
    role: "triggerDetached",
  },

  // savepoint
  "CliFrontendParser.SAVEPOINT_DISPOSE_OPTION": {
    does: "disposes of the savepoint at the path (POST /savepoint-disposal)",
    role: "dispose",
  },
  "savepoint CliFrontendParser.JAR_OPTION": {
    does: "the cluster disposes of a savepoint with its own classes; a client-side jar has no use",
    refuse:
      "`flink savepoint -d -j` loads the jar's classes into Flink's client to dispose of the savepoint; over REST the cluster disposes of it with its own classes. Leave -j out.",
  },

  // checkpoint
  "CliFrontendParser.CHECKPOINT_FULL_OPTION": {
    does: "takes a full checkpoint (checkpointType FULL)",
    role: "fullCheckpoint",
  },
};

/** How flink-rest treats a Flink option of an action (undefined: the table misses it). */
export function treatmentOf(action: string, field: string): FlagTreatment | undefined {
  return FLAG_TREATMENTS[`${action} ${field}`] ?? FLAG_TREATMENTS[field];
}
