/**
 * A reader of Java's object serialization stream (no Java needed), for what Flink's Java client
 * uploads with `POST /jobs`: the job graph (1.x `JobGraph`, 2.x `StreamGraph`) as a serialized
 * object. The fake reads the job's id, name and configuration from it; everything else is skipped.
 */

const TC = {
  NULL: 0x70,
  REFERENCE: 0x71,
  CLASSDESC: 0x72,
  OBJECT: 0x73,
  STRING: 0x74,
  ARRAY: 0x75,
  CLASS: 0x76,
  BLOCKDATA: 0x77,
  ENDBLOCKDATA: 0x78,
  RESET: 0x79,
  BLOCKDATALONG: 0x7a,
  LONGSTRING: 0x7c,
  PROXYCLASSDESC: 0x7d,
  ENUM: 0x7e,
} as const;
const SC_WRITE_METHOD = 0x01;
const SC_SERIALIZABLE = 0x02;
const SC_EXTERNALIZABLE = 0x04;

interface ClassDesc {
  name: string;
  flags: number;
  fields: Array<{ type: string; name: string }>;
  superDesc: ClassDesc | null;
}

/** A deserialized object: its class, its fields by name, and what its writeObject methods wrote. */
export interface JavaObject {
  readonly className: string;
  readonly fields: Record<string, unknown>;
  readonly written: Record<string, unknown[]>;
}

export interface JavaArray {
  readonly arrayClass: string;
  readonly values: unknown[];
}

export interface JavaEnum {
  readonly enumClass: string;
  readonly constant: string;
}

/** Thrown when the bytes are not a Java serialization stream. */
export class JavaStreamError extends Error {
  override name = "JavaStreamError";
}

/** Reads the first object of a Java serialization stream. */
export function readJavaObject(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let pos = 0;
  const handles: unknown[] = [];
  const need = (n: number) => {
    if (pos + n > bytes.length) {
      throw new JavaStreamError(`the stream ends at byte ${bytes.length}`);
    }
  };
  const u8 = () => {
    need(1);
    return bytes[pos++] as number;
  };
  const u16 = () => {
    need(2);
    pos += 2;
    return view.getUint16(pos - 2);
  };
  const i32 = () => {
    need(4);
    pos += 4;
    return view.getInt32(pos - 4);
  };
  const i64 = () => {
    need(8);
    pos += 8;
    return view.getBigInt64(pos - 8);
  };
  const utf = (length: number) => {
    need(length);
    pos += length;
    return decoder.decode(bytes.subarray(pos - length, pos));
  };

  function classDesc(): ClassDesc | null {
    const tc = u8();
    if (tc === TC.NULL) {
      return null;
    }
    if (tc === TC.REFERENCE) {
      return handles[i32() - 0x7e0000] as ClassDesc;
    }
    if (tc === TC.PROXYCLASSDESC) {
      const desc: ClassDesc = { name: "<proxy>", flags: SC_SERIALIZABLE, fields: [], superDesc: null };
      handles.push(desc);
      for (let n = i32(); n > 0; n--) {
        utf(u16());
      }
      annotation();
      desc.superDesc = classDesc();
      return desc;
    }
    if (tc !== TC.CLASSDESC) {
      throw new JavaStreamError(`expected a class descriptor at byte ${pos - 1}`);
    }
    const desc: ClassDesc = { name: utf(u16()), flags: 0, fields: [], superDesc: null };
    i64(); // serialVersionUID
    handles.push(desc);
    desc.flags = u8();
    for (let n = u16(); n > 0; n--) {
      const type = String.fromCharCode(u8());
      const name = utf(u16());
      if (type === "L" || type === "[") {
        content(); // the field's class name
      }
      desc.fields.push({ type, name });
    }
    annotation();
    desc.superDesc = classDesc();
    return desc;
  }

  function annotation(): unknown[] {
    const items: unknown[] = [];
    while (bytes[pos] !== TC.ENDBLOCKDATA) {
      items.push(content());
    }
    pos++;
    return items;
  }

  function value(type: string): unknown {
    switch (type) {
      case "B":
        need(1);
        return view.getInt8(pos++);
      case "C":
        return String.fromCharCode(u16());
      case "D":
        need(8);
        pos += 8;
        return view.getFloat64(pos - 8);
      case "F":
        need(4);
        pos += 4;
        return view.getFloat32(pos - 4);
      case "I":
        return i32();
      case "J":
        return i64();
      case "S":
        need(2);
        pos += 2;
        return view.getInt16(pos - 2);
      case "Z":
        return u8() !== 0;
      default:
        return content();
    }
  }

  function object(): JavaObject {
    const desc = classDesc() as ClassDesc;
    const obj: JavaObject = { className: desc.name, fields: {}, written: {} };
    handles.push(obj);
    const chain: ClassDesc[] = [];
    for (let c: ClassDesc | null = desc; c; c = c.superDesc) {
      chain.unshift(c);
    }
    for (const c of chain) {
      if (c.flags & SC_EXTERNALIZABLE) {
        obj.written[c.name] = annotation();
      } else if (c.flags & SC_SERIALIZABLE) {
        for (const f of c.fields) {
          obj.fields[f.name] = value(f.type);
        }
        if (c.flags & SC_WRITE_METHOD) {
          obj.written[c.name] = annotation();
        }
      }
    }
    return obj;
  }

  function content(): unknown {
    const tc = u8();
    switch (tc) {
      case TC.NULL:
        return null;
      case TC.REFERENCE:
        return handles[i32() - 0x7e0000];
      case TC.STRING: {
        const text = utf(u16());
        handles.push(text);
        return text;
      }
      case TC.LONGSTRING: {
        const text = utf(Number(i64()));
        handles.push(text);
        return text;
      }
      case TC.CLASSDESC:
      case TC.PROXYCLASSDESC:
        pos--;
        return classDesc();
      case TC.CLASS: {
        const desc = classDesc();
        handles.push(desc);
        return desc;
      }
      case TC.ENUM: {
        const desc = classDesc() as ClassDesc;
        const e = { enumClass: desc.name, constant: "" };
        handles.push(e);
        e.constant = String(content());
        return e;
      }
      case TC.ARRAY: {
        const desc = classDesc() as ClassDesc;
        const arr: JavaArray = { arrayClass: desc.name, values: [] };
        handles.push(arr);
        const n = i32();
        const element = desc.name.charAt(1);
        if (element === "B") {
          need(n);
          pos += n;
        } else {
          for (let i = 0; i < n; i++) {
            arr.values.push(value(element));
          }
        }
        return arr;
      }
      case TC.OBJECT:
        return object();
      case TC.BLOCKDATA: {
        const length = u8();
        need(length);
        pos += length;
        return undefined;
      }
      case TC.BLOCKDATALONG: {
        const length = i32();
        need(length);
        pos += length;
        return undefined;
      }
      case TC.RESET:
        handles.length = 0;
        return content();
      default:
        throw new JavaStreamError(`unknown type code 0x${tc.toString(16)} at byte ${pos - 1}`);
    }
  }

  if (bytes.length < 4 || u16() !== 0xaced || u16() !== 5) {
    throw new JavaStreamError("not a Java serialization stream");
  }
  return content();
}

/** A Flink `AbstractID` (JobID, ...) as Flink prints it: 32 hex digits, lower part first. */
export function abstractIdHex(value: unknown): string | undefined {
  const fields = (value as JavaObject | undefined)?.fields;
  if (typeof fields?.lowerPart !== "bigint" || typeof fields.upperPart !== "bigint") {
    return undefined;
  }
  const hex = (n: bigint) => BigInt.asUintN(64, n).toString(16).padStart(16, "0");
  return hex(fields.lowerPart) + hex(fields.upperPart);
}
