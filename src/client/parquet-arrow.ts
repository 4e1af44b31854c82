/**
 * Parquet decoded in the page (hyparquet), handed to DuckDB-WASM as Arrow:
 * DuckDB-WASM has no Parquet reader of its own offline.
 */
import { Bool, type DataType, DateDay, Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
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
    columns.map((c) => {
      let data = values.get(c.name) ?? [];
      if (c.type === 'BIGINT' || c.type === 'HUGEINT')
        data = data.map((v) => (v === null || v === undefined ? null : Number(v)));
      return [
        c.name,
        vectorFromArray(
          data.map((v) => v ?? null),
          arrowType(c.type),
        ),
      ];
    }),
  );
  return new Table(vectors);
}
