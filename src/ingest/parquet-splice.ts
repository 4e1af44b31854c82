/**
 * Joins Parquet files of one schema into one file, their row groups kept byte
 * for byte: the bytes between the magic and the footer are copied, and one
 * footer lists every row group with its offsets moved to where it now lies.
 * The build writes a large table as one part per chunk of the tree
 * (src/ingest/chunks.ts) and splices them, so a rebuild re-encodes only the
 * chunks that changed and the published file is the same, byte for byte, as
 * a full build's.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import {
  field,
  i64At,
  listAt,
  readStruct,
  type Struct,
  setField,
  structAt,
  T,
  type Value,
  writeStruct,
} from './thrift-compact';

const MAGIC = Buffer.from('PAR1');
const COPY_CHUNK = 1 << 20;

/** FileMetaData, RowGroup, ColumnChunk and ColumnMetaData field ids (parquet.thrift). */
const FILE = { schema: 2, numRows: 3, rowGroups: 4 } as const;
const ROW_GROUP = { columns: 1, fileOffset: 5, ordinal: 7 } as const;
const CHUNK = { fileOffset: 2, metaData: 3, offsetIndexOffset: 4, columnIndexOffset: 6 } as const;
/** ColumnMetaData offsets: data page, index page, dictionary page, bloom filter. */
const META_OFFSETS = [9, 10, 11, 14] as const;

export interface Spliced {
  readonly rows: number;
  readonly bytes: number;
  readonly sha256: string;
}

interface Part {
  readonly path: string;
  readonly footer: Struct;
  /** Where the footer starts: the part's row data is [4, footerStart). */
  readonly footerStart: number;
}

/** Writes `parts` (at least one, all of one schema) as one Parquet file at `out`. */
export async function spliceParquet(parts: readonly string[], out: string): Promise<Spliced> {
  if (parts.length === 0) throw new Error('spliceParquet: no parts');
  const read = [];
  for (const p of parts) read.push(await readPart(p));
  const schema = schemaBytes(read[0]);
  const hash = createHash('sha256');
  const fh = await open(out, 'w');
  let position = 0;
  const write = async (bytes: Uint8Array) => {
    hash.update(bytes);
    await fh.write(bytes, 0, bytes.length, position);
    position += bytes.length;
  };
  try {
    await write(MAGIC);
    const rowGroups: Value[] = [];
    let rows = 0n;
    for (const part of read) {
      if (!schemaBytes(part).equals(schema)) throw new Error(`spliceParquet: ${part.path} has another schema`);
      const shift = BigInt(position - MAGIC.length);
      for (const rg of listAt(part.footer, FILE.rowGroups).items) {
        rowGroups.push(shiftRowGroup(rg as Struct, shift, rowGroups.length));
      }
      rows += i64At(part.footer, FILE.numRows) ?? 0n;
      await copyRange(part.path, MAGIC.length, part.footerStart, write);
    }
    const footer: Struct = { kind: 'struct', fields: read[0].footer.fields.map((f) => ({ ...f })) };
    setField(footer, FILE.numRows, T.I64, rows);
    setField(footer, FILE.rowGroups, T.LIST, { kind: 'list', elementType: T.STRUCT, items: rowGroups });
    const encoded = writeStruct(footer);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(encoded.length);
    await write(encoded);
    await write(length);
    await write(MAGIC);
  } finally {
    await fh.close();
  }
  return {
    rows: Number(read.reduce((n, p) => n + (i64At(p.footer, FILE.numRows) ?? 0n), 0n)),
    bytes: position,
    sha256: hash.digest('hex'),
  };
}

function schemaBytes(part: Part): Buffer {
  const schema = field(part.footer, FILE.schema);
  if (!schema) throw new Error(`${part.path}: a Parquet footer without a schema`);
  return Buffer.from(writeStruct({ kind: 'struct', fields: [schema] }));
}

async function readPart(path: string): Promise<Part> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tail = Buffer.alloc(8);
    await fh.read(tail, 0, 8, size - 8);
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    if (!head.equals(MAGIC) || !tail.subarray(4).equals(MAGIC)) throw new Error(`${path}: not a Parquet file`);
    const length = tail.readUInt32LE(0);
    const footerStart = size - 8 - length;
    const bytes = Buffer.alloc(length);
    await fh.read(bytes, 0, length, footerStart);
    return { path, footer: readStruct(bytes).struct, footerStart };
  } finally {
    await fh.close();
  }
}

/** A row group of a part, as it reads at `shift` bytes further into the joined file, numbered `ordinal`. */
function shiftRowGroup(rg: Struct, shift: bigint, ordinal: number): Struct {
  const out: Struct = { kind: 'struct', fields: rg.fields.map((f) => ({ ...f })) };
  const moved = (s: Struct, id: number) => {
    const v = i64At(s, id);
    // 0 is the writer saying "not given" (DuckDB's deprecated ColumnChunk.file_offset): it stays 0.
    if (v !== undefined && v !== 0n) setField(s, id, T.I64, v + shift);
  };
  moved(out, ROW_GROUP.fileOffset);
  if (field(out, ROW_GROUP.ordinal)) setField(out, ROW_GROUP.ordinal, T.I16, ordinal);
  const columns = listAt(rg, ROW_GROUP.columns).items.map((c) => {
    const chunk: Struct = { kind: 'struct', fields: (c as Struct).fields.map((f) => ({ ...f })) };
    for (const id of [CHUNK.fileOffset, CHUNK.offsetIndexOffset, CHUNK.columnIndexOffset]) moved(chunk, id);
    // Page indexes hold page offsets of their own: none of the parts the build writes has one.
    if (field(chunk, CHUNK.offsetIndexOffset)) throw new Error('spliceParquet: offset indexes are not supported');
    const meta = structAt(chunk, CHUNK.metaData);
    const metaCopy: Struct = { kind: 'struct', fields: meta.fields.map((f) => ({ ...f })) };
    for (const id of META_OFFSETS) moved(metaCopy, id);
    setField(chunk, CHUNK.metaData, T.STRUCT, metaCopy);
    return chunk;
  });
  setField(out, ROW_GROUP.columns, T.LIST, { kind: 'list', elementType: T.STRUCT, items: columns });
  return out;
}

async function copyRange(
  path: string,
  start: number,
  end: number,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(COPY_CHUNK);
    for (let at = start; at < end; ) {
      const { bytesRead } = await fh.read(buffer, 0, Math.min(COPY_CHUNK, end - at), at);
      if (bytesRead === 0) throw new Error(`${path}: shorter than its footer says`);
      await write(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await fh.close();
  }
}
