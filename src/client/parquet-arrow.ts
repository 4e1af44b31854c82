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
import { parquetMetadata, parquetRead } from 'hyparquet';

export interface ColumnType {
  readonly name: string;
  readonly type: string;
}

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

export async function parquetToArrow(buffer: ArrayBuffer, columns: readonly ColumnType[]): Promise<Table> {
  const rows = Number(parquetMetadata(buffer).num_rows);
  const values = new Map(columns.map((c) => [c.name, new Array<unknown>(rows)]));
  await parquetRead({
    file: buffer,
    columns: columns.map((c) => c.name),
    onChunk: ({ columnName, columnData, rowStart }) => {
      const target = values.get(columnName);
      if (!target) return;
      for (let i = 0; i < columnData.length && rowStart + i < rows; i++) target[rowStart + i] = columnData[i];
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
  const parts: Uint8Array[] = [];
  const valueOffsets = new Int32Array(length + 1);
  let size = 0;
  for (let i = 0; i < length; i++) {
    if (present(i)) {
      const bytes = encoder.encode(String(values[i]));
      parts.push(bytes);
      size += bytes.length;
    }
    valueOffsets[i + 1] = size;
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  return makeData({ type, length, nullCount: nulls(), nullBitmap, valueOffsets, data });
}
