#!/usr/bin/env node
// The public API of every entry of the package, as API Extractor reports it: api/<entry>.api.md,
// committed, so each change to what users can import is a visible diff in review.
//
//   node scripts/api-report.mjs           write the reports (after `npm run build`)
//   node scripts/api-report.mjs --check   exit 1 when a report differs from the built types (CI)
//
// Reads the built declarations (dist/), one report per export of package.json.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const check = process.argv.includes("--check");
const reportFolder = join(root, "api");
mkdirSync(reportFolder, { recursive: true });

/** `.` → `flink-rest-client`, `./msw` → `flink-rest-client-msw`. */
const reportName = (entry) => (entry === "." ? pkg.name : `${pkg.name}-${entry.slice(2)}`);

let failed = false;
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== "object" || !target.types) {
    continue;
  }
  const types = join(root, target.types);
  if (!existsSync(types)) {
    console.error(`api-report: ${target.types} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: types,
      compiler: { tsconfigFilePath: join(root, "tsconfig.build.json") },
      apiReport: {
        enabled: true,
        reportFileName: `${reportName(entry)}.api.md`,
        reportFolder,
        reportTempFolder: join(root, "dist", "api-report"),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report is the point; missing release tags and doc nits are not errors here.
        extractorMessageReporting: {
          default: { logLevel: "none" },
          "ae-forgotten-export": { logLevel: "none", addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: "none" } },
        compilerMessageReporting: { default: { logLevel: "warning" } },
      },
    },
    configObjectFullPath: join(root, "package.json"),
    packageJsonFullPath: join(root, "package.json"),
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false });
  if (!result.succeeded || (check && result.apiReportChanged)) {
    console.error(
      `api-report: the public API of "${entry}" differs from api/${reportName(entry)}.api.md` +
        " (run `npm run build && node scripts/api-report.mjs` and commit the report).",
    );
    failed = true;
  } else {
    console.log(`api-report: ${entry} ${check ? "matches" : "written to"} api/${reportName(entry)}.api.md`);
  }
}
process.exitCode = failed ? 1 : 0;
