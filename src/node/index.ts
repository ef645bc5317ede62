/**
 * `flink-rest-client/node`: helpers that only make sense in Node (TLS with your own CA and
 * client certificates). The core entry stays browser-safe.
 *
 * @module flink-rest-client/node
 */
export { createNodeFetch, createTlsFetch, type TlsOptions } from "./tls-fetch.js";
