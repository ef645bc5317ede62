/**
 * Headless Chromium from Debian's package (no browser download), started here with a fresh
 * profile and DevTools on loopback, and driven by playwright-core over CDP. Starting it ourselves
 * gives us its pid: `close()` ends its whole process group, and so does an exit hook if a test
 * dies first. The flags keep it off the network this machine does not have.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--remote-debugging-address=127.0.0.1",
];

/** Process groups of the browsers started here and not yet ended, with their profiles. */
const running = new Map<number, string>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

let hooked = false;
function endAllOnExit(): void {
  if (hooked) {
    return;
  }
  hooked = true;
  process.once("exit", () => {
    for (const [pid, profile] of running) {
      killGroup(pid, "SIGKILL");
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

/** Waits for Chromium to print its DevTools address; fails with its last lines if it exits first. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error("Chromium did not start its DevTools server within 30 s")), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n${output.split("\n").slice(-20).join("\n")}`));
    };
    // Keep reading stderr for as long as Chromium runs: a full pipe would block it.
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      output = `${output}${chunk}`.slice(-20_000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once("error", fail);
    child.once("exit", (code, signal) => fail(new Error(`Chromium exited (${signal ?? code}) before it was ready`)));
  });
}

export interface ChromiumSession {
  browser: Browser;
  pid: number;
  close(): Promise<void>;
}

/** `debuggingPort`: the loopback port of its DevTools server (default 0: Chromium picks one). */
export async function launchChromium(options: { debuggingPort?: number } = {}): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get install chromium (Debian's package; CI installs it), or set CHROMIUM_PATH.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  // detached: its own process group, so its renderer and zygote processes end with it.
  const port = `--remote-debugging-port=${options.debuggingPort ?? 0}`;
  const child = spawn(CHROMIUM, [...FLAGS, port, `--user-data-dir=${profile}`, "about:blank"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const pid = child.pid as number;
  running.set(pid, profile);
  endAllOnExit();
  const end = async () => {
    // The browser and its helpers (zygote, renderers) share the group; wait until all are gone.
    killGroup(pid, "SIGTERM");
    for (let waited = 0; groupAlive(pid) && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    killGroup(pid, "SIGKILL");
    for (let waited = 0; groupAlive(pid) && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    running.delete(pid);
    rmSync(profile, { recursive: true, force: true });
  };
  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(await devToolsEndpoint(child));
  } catch (error) {
    await end();
    throw error;
  }
  return {
    browser,
    pid,
    async close() {
      await browser.close().catch(() => {});
      await end();
    },
  };
}

/** Collects console errors, uncaught page errors, failed loads and HTTP errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  // Name the resource when a load fails: the console message alone does not.
  // (ERR_ABORTED is a load cancelled by the page or a navigation, not a failure.)
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") {
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return errors;
}
