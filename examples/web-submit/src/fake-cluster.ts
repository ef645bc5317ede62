/**
 * A fake Flink cluster inside this browser: flink-rest-client/msw's stateful fake, answered by
 * MSW's service worker (public/mockServiceWorker.js, written by `npx msw init`). For trying the
 * page without a Flink, and for its end-to-end test. Loaded on demand, so the page itself does
 * not carry msw.
 */

import { createFlinkMock } from "flink-rest-client/msw";
import { flinkOptionCatalog } from "flink-rest-client/options";
import { setupWorker } from "msw/browser";

let started: Promise<string> | undefined;

/** Starts the fake (once per page) and returns its REST address, on this page's origin. */
export function startFakeCluster(flinkVersion: string): Promise<string> {
  started ??= (async () => {
    const baseUrl = new URL("fake-flink", document.baseURI).href;
    const mock = createFlinkMock({
      flinkVersion,
      baseUrl,
      // A few settings of a typical session cluster, so the preview has something to override.
      clusterConfig: {
        "parallelism.default": "4",
        "execution.checkpointing.interval": "1 min",
        "state.backend.type": "hashmap",
      },
      catalog: flinkOptionCatalog,
    });
    await setupWorker(...mock.handlers).start({
      serviceWorker: { url: new URL("mockServiceWorker.js", document.baseURI).pathname },
      onUnhandledRequest: "bypass",
      quiet: true,
    });
    return baseUrl;
  })().catch((error: unknown) => {
    started = undefined; // let the next click try again
    throw error;
  });
  return started;
}
