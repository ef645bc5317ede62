/** Upload progress: a redrawn bar on a terminal, a plain line every 10% otherwise. */
import type { UploadProgress } from "../jobs/upload.js";

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function createProgressReporter(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { update(p: UploadProgress): void; done(): void } {
  const tty = stream.isTTY === true;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update({ sent, total }) {
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
        stream.write(`\r${label} ${bar}${mb(sent)}${total ? ` / ${mb(total)}` : ""}\u001b[K`);
        return;
      }
      const decile = fraction === undefined ? Math.floor(sent / 10_485_760) : Math.floor(fraction * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(
          `${label} ${fraction === undefined ? "" : `${Math.round(fraction * 100)}% `}${mb(sent)}${total ? ` of ${mb(total)}` : ""}\n`,
        );
      }
    },
    done() {
      if (tty) {
        stream.write("\n");
      }
    },
  };
}
