/**
 * Flink's `serialized-throwable`: the Base64 of a Java-serialised `org.apache.flink.util.SerializedThrowable`,
 * which Flink's Java client (RestClusterClient, the CLI, the Kubernetes operator) deserialises to
 * report a failed savepoint, stop or checkpoint. An empty string makes that client retry for a
 * minute and a half instead of failing, so the fake writes a real one: each exception of the
 * chain as a SerializedThrowable (class name, message, stack-trace text) with its cause, no stack
 * frames and no original exception bytes (the client then keeps the SerializedThrowable itself).
 * The class descriptors are those of Flink 1.19 to 2.3 and JDK 17 (read from a real answer).
 */

const STREAM_MAGIC = [0xac, 0xed, 0x00, 0x05];
const TC_NULL = 0x70;
const TC_REFERENCE = 0x71;
const TC_CLASSDESC = 0x72;
const TC_OBJECT = 0x73;
const TC_STRING = 0x74;
const TC_ARRAY = 0x75;
const TC_ENDBLOCKDATA = 0x78;
const TC_LONGSTRING = 0x7c;
const SC_WRITE_METHOD = 0x01;
const SC_SERIALIZABLE = 0x02;
const BASE_HANDLE = 0x7e0000;

interface FieldDesc {
  readonly type: "L" | "[";
  readonly name: string;
  readonly className: string;
}

interface ClassDesc {
  readonly name: string;
  /** serialVersionUID. */
  readonly suid: bigint;
  readonly flags: number;
  readonly fields: readonly FieldDesc[];
  readonly superClass?: ClassDesc;
}

const STRING = "Ljava/lang/String;";
const THROWABLE: ClassDesc = {
  name: "java.lang.Throwable",
  suid: -3042686055658047285n,
  flags: SC_SERIALIZABLE | SC_WRITE_METHOD,
  fields: [
    { type: "L", name: "cause", className: "Ljava/lang/Throwable;" },
    { type: "L", name: "detailMessage", className: STRING },
    { type: "[", name: "stackTrace", className: "[Ljava/lang/StackTraceElement;" },
    { type: "L", name: "suppressedExceptions", className: "Ljava/util/List;" },
  ],
};
const EXCEPTION: ClassDesc = {
  name: "java.lang.Exception",
  suid: -3387516993124229948n,
  flags: SC_SERIALIZABLE,
  fields: [],
  superClass: THROWABLE,
};
const SERIALIZED_THROWABLE: ClassDesc = {
  name: "org.apache.flink.util.SerializedThrowable",
  suid: 7284183123441947635n,
  flags: SC_SERIALIZABLE,
  fields: [
    { type: "L", name: "fullStringifiedStackTrace", className: STRING },
    { type: "L", name: "originalErrorClassName", className: STRING },
    { type: "[", name: "serializedException", className: "[B" },
  ],
  superClass: EXCEPTION,
};
const STACK_TRACE_ARRAY: ClassDesc = {
  name: "[Ljava.lang.StackTraceElement;",
  suid: 163864874655228473n,
  flags: SC_SERIALIZABLE,
  fields: [],
};
const BYTE_ARRAY: ClassDesc = { name: "[B", suid: -5984413125824719648n, flags: SC_SERIALIZABLE, fields: [] };

/** Java's modified UTF-8 (DataOutput.writeUTF): NUL as two bytes, supplementary characters as surrogate pairs. */
function modifiedUtf8(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x01 && c <= 0x7f) {
      out.push(c);
    } else if (c <= 0x7ff) {
      out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else {
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return out;
}

class StreamWriter {
  readonly bytes: number[] = [...STREAM_MAGIC];
  readonly #classHandles = new Map<string, number>();
  #nextHandle = BASE_HANDLE;

  u8(v: number): void {
    this.bytes.push(v & 0xff);
  }
  u16(v: number): void {
    this.u8(v >> 8);
    this.u8(v);
  }
  i32(v: number): void {
    this.u16(v >>> 16);
    this.u16(v & 0xffff);
  }
  i64(v: bigint): void {
    const u = BigInt.asUintN(64, v);
    this.i32(Number(u >> 32n));
    this.i32(Number(u & 0xffffffffn));
  }
  utf(text: string): void {
    const data = modifiedUtf8(text);
    this.u16(data.length);
    this.bytes.push(...data);
  }
  handle(): number {
    return this.#nextHandle++;
  }

  classDesc(desc: ClassDesc | undefined): void {
    if (!desc) {
      this.u8(TC_NULL);
      return;
    }
    const known = this.#classHandles.get(desc.name);
    if (known !== undefined) {
      this.u8(TC_REFERENCE);
      this.i32(known);
      return;
    }
    this.u8(TC_CLASSDESC);
    this.utf(desc.name);
    this.i64(desc.suid);
    this.#classHandles.set(desc.name, this.handle());
    this.u8(desc.flags);
    this.u16(desc.fields.length);
    for (const field of desc.fields) {
      this.u8(field.type.charCodeAt(0));
      this.utf(field.name);
      this.string(field.className);
    }
    this.u8(TC_ENDBLOCKDATA);
    this.classDesc(desc.superClass);
  }

  string(text: string | undefined): void {
    if (text === undefined) {
      this.u8(TC_NULL);
      return;
    }
    const data = modifiedUtf8(text);
    if (data.length > 0xffff) {
      this.u8(TC_LONGSTRING);
      this.i64(BigInt(data.length));
    } else {
      this.u8(TC_STRING);
      this.u16(data.length);
    }
    this.handle();
    this.bytes.push(...data);
  }

  emptyArray(desc: ClassDesc): void {
    this.u8(TC_ARRAY);
    this.classDesc(desc);
    this.handle();
    this.i32(0);
  }
}

/** One exception of a chain: "class: message" (or just the class) and its stack-trace text. */
export interface ThrowableLine {
  readonly className: string;
  /** Java's `toString()` of it: "class: message". */
  readonly text: string;
}

/** Splits Flink's stack-trace text into the exceptions of its chain, outermost first. */
export function throwableChain(stackTrace: string): ThrowableLine[] {
  const lines = stackTrace.split("\n");
  const heads = [lines[0] ?? "", ...lines.filter((l) => l.startsWith("Caused by: ")).map((l) => l.slice(11))];
  return heads
    .map((text) => text.trim())
    .filter((text) => text !== "")
    .map((text) => ({ className: text.split(":", 1)[0] as string, text }));
}

function writeThrowable(w: StreamWriter, chain: readonly ThrowableLine[], stackTrace: string): void {
  const [head, ...rest] = chain;
  if (!head) {
    w.u8(TC_NULL);
    return;
  }
  w.u8(TC_OBJECT);
  w.classDesc(SERIALIZED_THROWABLE);
  w.handle();
  // Throwable's fields (its writeObject writes only these, then ends its block).
  writeThrowable(w, rest, rest.map((c) => c.text).join("\nCaused by: "));
  w.string(head.text);
  w.emptyArray(STACK_TRACE_ARRAY);
  w.u8(TC_NULL); // suppressedExceptions: none
  w.u8(TC_ENDBLOCKDATA);
  // SerializedThrowable's own fields.
  w.string(stackTrace);
  w.string(head.className);
  w.emptyArray(BYTE_ARRAY);
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(bytes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63];
    out += BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63] : "=";
  }
  return out;
}

/** The `serialized-throwable` of a failure given as Flink's stack-trace text. */
export function serializedThrowable(stackTrace: string): string {
  const writer = new StreamWriter();
  writeThrowable(writer, throwableChain(stackTrace), stackTrace);
  return base64(writer.bytes);
}
