/**
 * Thrift's compact protocol, read into a generic tree and written back, for
 * Parquet footers (src/ingest/parquet-splice.ts). Generic on purpose: every
 * field the writer put there, known to us or not, survives the round trip;
 * the splicer changes only the fields it names by id.
 */

export const T = {
  STOP: 0,
  TRUE: 1,
  FALSE: 2,
  BYTE: 3,
  I16: 4,
  I32: 5,
  I64: 6,
  DOUBLE: 7,
  BINARY: 8,
  LIST: 9,
  SET: 10,
  MAP: 11,
  STRUCT: 12,
} as const;

export type Value = boolean | number | bigint | Uint8Array | List | ThriftMap | Struct;
export interface List {
  readonly kind: 'list';
  readonly elementType: number;
  readonly items: Value[];
}
export interface ThriftMap {
  readonly kind: 'map';
  readonly keyType: number;
  readonly valueType: number;
  readonly entries: [Value, Value][];
}
export interface Field {
  readonly id: number;
  /** The wire type; booleans are stored as TRUE whatever their value. */
  readonly type: number;
  value: Value;
}
export interface Struct {
  readonly kind: 'struct';
  readonly fields: Field[];
}

/** Reads one struct from `bytes` at `offset`; returns it and where it ended. */
export function readStruct(bytes: Uint8Array, offset = 0): { struct: Struct; end: number } {
  const r = new Reader(bytes, offset);
  const struct = r.struct();
  return { struct, end: r.pos };
}

export function writeStruct(struct: Struct): Uint8Array {
  const w = new Writer();
  w.struct(struct);
  return w.bytes();
}

/** The field with this id, or undefined. */
export function field(s: Struct, id: number): Field | undefined {
  return s.fields.find((f) => f.id === id);
}

export function structAt(s: Struct, id: number): Struct {
  const v = field(s, id)?.value;
  if (!v || typeof v !== 'object' || !('kind' in v) || v.kind !== 'struct') throw new Error(`field ${id}: no struct`);
  return v;
}

export function listAt(s: Struct, id: number): List {
  const v = field(s, id)?.value;
  if (!v || typeof v !== 'object' || !('kind' in v) || v.kind !== 'list') throw new Error(`field ${id}: no list`);
  return v;
}

export function i64At(s: Struct, id: number): bigint | undefined {
  const v = field(s, id)?.value;
  return typeof v === 'bigint' ? v : undefined;
}

/** Sets an existing field or appends one, keeping the fields in id order (as Thrift writers do). */
export function setField(s: Struct, id: number, type: number, value: Value): void {
  const existing = field(s, id);
  if (existing) {
    existing.value = value;
    return;
  }
  s.fields.push({ id, type, value });
  s.fields.sort((a, b) => a.id - b.id);
}

class Reader {
  pos: number;
  constructor(
    private readonly b: Uint8Array,
    offset: number,
  ) {
    this.pos = offset;
  }

  private byte(): number {
    if (this.pos >= this.b.length) throw new Error('thrift: unexpected end of data');
    return this.b[this.pos++];
  }

  private varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.byte();
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
      if (shift > 70n) throw new Error('thrift: varint too long');
    }
  }

  private zigzag(): bigint {
    const n = this.varint();
    return (n >> 1n) ^ -(n & 1n);
  }

  private value(type: number): Value {
    switch (type) {
      case T.TRUE:
        return this.byte() === T.TRUE; // inside a list or map; a field's boolean is in its header
      case T.FALSE:
        return this.byte() === T.TRUE;
      case T.BYTE: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case T.I16:
      case T.I32:
        return Number(this.zigzag());
      case T.I64:
        return this.zigzag();
      case T.DOUBLE: {
        const view = new DataView(this.b.buffer, this.b.byteOffset + this.pos, 8);
        this.pos += 8;
        return view.getFloat64(0, true);
      }
      case T.BINARY: {
        const n = Number(this.varint());
        if (this.pos + n > this.b.length) throw new Error('thrift: binary past the end');
        const out = this.b.slice(this.pos, this.pos + n);
        this.pos += n;
        return out;
      }
      case T.LIST:
      case T.SET: {
        const header = this.byte();
        const size = header >> 4 === 15 ? Number(this.varint()) : header >> 4;
        const elementType = header & 0x0f;
        const items: Value[] = [];
        for (let i = 0; i < size; i++) items.push(this.value(elementType));
        return { kind: 'list', elementType, items };
      }
      case T.MAP: {
        const size = Number(this.varint());
        if (size === 0) return { kind: 'map', keyType: 0, valueType: 0, entries: [] };
        const types = this.byte();
        const keyType = types >> 4;
        const valueType = types & 0x0f;
        const entries: [Value, Value][] = [];
        for (let i = 0; i < size; i++) entries.push([this.value(keyType), this.value(valueType)]);
        return { kind: 'map', keyType, valueType, entries };
      }
      case T.STRUCT:
        return this.struct();
      default:
        throw new Error(`thrift: unknown type ${type}`);
    }
  }

  struct(): Struct {
    const fields: Field[] = [];
    let last = 0;
    for (;;) {
      const header = this.byte();
      if (header === T.STOP) return { kind: 'struct', fields };
      const type = header & 0x0f;
      const delta = header >> 4;
      const id = delta === 0 ? Number(this.zigzag()) : last + delta;
      last = id;
      if (type === T.TRUE || type === T.FALSE) fields.push({ id, type: T.TRUE, value: type === T.TRUE });
      else fields.push({ id, type, value: this.value(type) });
    }
  }
}

class Writer {
  private chunks: number[] = [];

  bytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }

  private byte(b: number): void {
    this.chunks.push(b & 0xff);
  }

  private varint(n: bigint): void {
    let v = n;
    for (;;) {
      if (v < 0x80n) {
        this.byte(Number(v));
        return;
      }
      this.byte(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
  }

  private zigzag(n: bigint): void {
    this.varint(BigInt.asUintN(64, (n << 1n) ^ (n >> 63n)));
  }

  private value(type: number, v: Value): void {
    switch (type) {
      case T.TRUE:
      case T.FALSE:
        this.byte(v ? T.TRUE : T.FALSE);
        return;
      case T.BYTE:
        this.byte(Number(v));
        return;
      case T.I16:
      case T.I32:
        this.zigzag(BigInt(v as number));
        return;
      case T.I64:
        this.zigzag(v as bigint);
        return;
      case T.DOUBLE: {
        const b = new Uint8Array(8);
        new DataView(b.buffer).setFloat64(0, v as number, true);
        for (const x of b) this.byte(x);
        return;
      }
      case T.BINARY: {
        const b = v as Uint8Array;
        this.varint(BigInt(b.length));
        for (const x of b) this.byte(x);
        return;
      }
      case T.LIST:
      case T.SET: {
        const l = v as List;
        const n = l.items.length;
        if (n < 15) this.byte((n << 4) | l.elementType);
        else {
          this.byte(0xf0 | l.elementType);
          this.varint(BigInt(n));
        }
        for (const item of l.items) this.value(l.elementType, item);
        return;
      }
      case T.MAP: {
        const m = v as ThriftMap;
        this.varint(BigInt(m.entries.length));
        if (m.entries.length === 0) return;
        this.byte((m.keyType << 4) | m.valueType);
        for (const [k, x] of m.entries) {
          this.value(m.keyType, k);
          this.value(m.valueType, x);
        }
        return;
      }
      case T.STRUCT:
        this.struct(v as Struct);
        return;
      default:
        throw new Error(`thrift: unknown type ${type}`);
    }
  }

  struct(s: Struct): void {
    let last = 0;
    for (const f of s.fields) {
      const type = f.type === T.TRUE || f.type === T.FALSE ? (f.value ? T.TRUE : T.FALSE) : f.type;
      const delta = f.id - last;
      if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
      else {
        this.byte(type);
        this.zigzag(BigInt(f.id));
      }
      last = f.id;
      if (type !== T.TRUE && type !== T.FALSE) this.value(type, f.value);
    }
    this.byte(T.STOP);
  }
}
