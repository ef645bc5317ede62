/**
 * Upload progress: a redrawn bar on a terminal; without one (a log, a CI job), plain lines that say
 * only what is true: where the upload starts, every tenth of a large upload, and its end once, with
 * sizes in units that fit (a 22-byte jar is "22 B", not "0.0 MB").
 */
import type { UploadProgress } from "../jobs/upload.js";

/** Below this size a log gets only the start and the end of an upload. */
const LOGGED_STEPS_FROM = 8 * 1_048_576;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1_048_576) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function createProgressReporter(
  label: string,
  stream: Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean } = process.stderr,
): { update(p: UploadProgress): void; done(): void } {
  const tty = stream.isTTY === true;
  let lastTenth = -1;
  let lastDraw = 0;
  let last: UploadProgress | undefined;
  let started = false;
  return {
    update(progress) {
      last = progress;
      const { sent, total } = progress;
      const fraction = total ? Math.min(sent / total, 1) : undefined;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && sent !== total) {
          return;
        }
        lastDraw = now;
        const width = 30;
        const filled = fraction === undefined ? 0 : Math.round(fraction * width);
        const bar =
          fraction === undefined
            ? ""
            : `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(fraction * 100)}% `;
        stream.write(`\r${label} ${bar}${formatBytes(sent)}${total ? ` / ${formatBytes(total)}` : ""}\u001b[K`);
        return;
      }
      if (!started) {
        started = true;
        stream.write(`${label}${total === undefined ? "" : ` (${formatBytes(total)})`}\n`);
        return;
      }
      // A log gets a line per tenth of a large upload, never the end (done() says it once).
      if (fraction === undefined || total === undefined || total < LOGGED_STEPS_FROM || fraction >= 1) {
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth && tenth > 0) {
        lastTenth = tenth;
        stream.write(`${label} ${tenth * 10}% (${formatBytes(sent)} of ${formatBytes(total)})\n`);
      }
    },
    done() {
      if (tty) {
        stream.write("\n");
        return;
      }
      if (last !== undefined) {
        stream.write(`${label}: done, ${formatBytes(last.sent)} sent\n`);
      }
    },
  };
}
