/**
 * Parquet decoded in the page (hyparquet), handed to DuckDB-WASM as Arrow:
 * DuckDB-WASM has no Parquet reader of its own offline.
 */
import {
  Bool,
  type Data,
  type DataType,
  DateDay,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  Utf8,
} from 'apache-arrow';
import { type AsyncBuffer, type FileMetaData, parquetMetadata, parquetMetadataAsync, parquetRead } from 'hyparquet';
import type { PublishedColumn } from '../model/manifest';

function arrowType(duckType: string): DataType {
  switch (duckType) {
    case 'INTEGER':
    case 'SMALLINT':
    case 'TINYINT':
      return new Int32();
    case 'DOUBLE':
    case 'FLOAT':
    case 'BIGINT':
    case 'HUGEINT':
      return new Float64();
    case 'BOOLEAN':
      return new Bool();
    case 'DATE':
      return new DateDay();
    default:
      return new Utf8();
  }
}

export async function parquetToArrow(buffer: ArrayBuffer, columns: readonly PublishedColumn[]): Promise<Table> {
  const metadata = parquetMetadata(buffer);
  return parquetRowsToArrow(buffer, metadata, columns, 0, Number(metadata.num_rows));
}

/**
 * The footer of a file read by ranges: a small first read (hyparquet's default
 * is the last 512 KiB, most of a small file), and a second one if the footer is longer.
 */
export function readFooter(file: AsyncBuffer): Promise<FileMetaData> {
  return parquetMetadataAsync(file, { initialFetchSize: 1 << 16 });
}

/**
 * Rows [rowStart, rowEnd) of a Parquet file as Arrow. With a file read by HTTP
 * range requests (hyparquet's AsyncBuffer) only the row groups holding those
 * rows are fetched: how a branch's slice of the ledger is loaded.
 */
export async function parquetRowsToArrow(
  file: AsyncBuffer,
  metadata: FileMetaData,
  columns: readonly PublishedColumn[],
  rowStart: number,
  rowEnd: number,
): Promise<Table> {
  const rows = Math.max(0, rowEnd - rowStart);
  const values = new Map(columns.map((c) => [c.name, new Array<unknown>(rows)]));
  if (rows > 0)
    await parquetRead({
      file,
      metadata,
      rowStart,
      rowEnd,
      columns: columns.map((c) => c.name),
      // Text stays in its UTF-8 bytes, which Arrow stores as they are: decoding each value to a JS string
      // and encoding it back cost seconds for a few million values (most of a group-size page's start).
      parsers: { stringFromBytes: (bytes: Uint8Array) => bytes },
      // A chunk may cover more of its row group than was asked for: keep the rows in range only.
      onChunk: ({ columnName, columnData, rowStart: at }) => {
        const target = values.get(columnName);
        if (!target) return;
        const from = Math.max(rowStart, at);
        const to = Math.min(rowEnd, at + columnData.length);
        for (let r = from; r < to; r++) target[r - rowStart] = columnData[r - at];
      },
    });
  const vectors = Object.fromEntries(
    columns.map((c) => [c.name, makeVector(column(arrowType(c.type), values.get(c.name) ?? [], rows))]),
  );
  return new Table(vectors);
}

/**
 * An Arrow column built by hand: Arrow's own builders compile a null check
 * with `new Function`, which the site's Content-Security-Policy forbids.
 */
function column(type: DataType, values: readonly unknown[], length: number): Data {
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  const present = (i: number) => {
    const v = values[i];
    if (v === null || v === undefined) {
      nullCount++;
      return false;
    }
    nullBitmap[i >> 3] |= 1 << (i & 7);
    return true;
  };
  if (type instanceof Utf8) return utf8Column(type, values, length, present, nullBitmap, () => nullCount);
  if (type instanceof Bool) {
    const data = new Uint8Array(Math.ceil(length / 8));
    for (let i = 0; i < length; i++) if (present(i) && values[i]) data[i >> 3] |= 1 << (i & 7);
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  const data = type instanceof Float64 ? new Float64Array(length) : new Int32Array(length);
  for (let i = 0; i < length; i++) if (present(i)) data[i] = numeric(values[i], type);
  return makeData({ type, length, nullCount, nullBitmap, data } as Parameters<typeof makeData>[0]);
}

function numeric(v: unknown, type: DataType): number {
  if (type instanceof DateDay) return Math.floor((v instanceof Date ? v.getTime() : Number(v)) / 86_400_000);
  return Number(v); // BIGINT arrives as bigint: the site's figures fit a double
}

function utf8Column(
  type: Utf8,
  values: readonly unknown[],
  length: number,
  present: (i: number) => boolean,
  nullBitmap: Uint8Array,
  nulls: () => number,
): Data {
  const encoder = new TextEncoder();
  const bytes: (Uint8Array | undefined)[] = new Array(length);
  const valueOffsets = new Int32Array(length + 1);
  let size = 0;
  for (let i = 0; i < length; i++) {
    if (present(i)) {
      const v = values[i];
      // Parquet text arrives as bytes; anything else a column holds is written as its text.
      const b = v instanceof Uint8Array ? v : encoder.encode(String(v));
      bytes[i] = b;
      size += b.length;
    }
    valueOffsets[i + 1] = size;
  }
  const data = new Uint8Array(size);
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b) data.set(b, valueOffsets[i]);
  }
  return makeData({ type, length, nullCount: nulls(), nullBitmap, valueOffsets, data });
}
