/** Where the SDK runs. Typed locally: the core entry type-checks (and runs) without Node's types. */
export const isNode =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";
