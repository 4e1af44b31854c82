/**
 * The query client: owns DuckDB-WASM. Started once and shared by every
 * island of the page; loads a table the first time a query needs it; runs
 * every query as a prepared statement with its values bound.
 * Everything it fetches comes from the site's own origin.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { Table } from 'apache-arrow';
import type { Manifest } from '../model/manifest';
import type { Columns, Query, Runner, Slice } from '../queries/types';
import { type SlicedTable, sliceIndex } from '../sql/branch-slices';
import { sqlIdent } from '../sql/literal';
import { nullColumns } from '../sql/withheld';
import { columnValues } from './arrow-values';
import { fetchManifest } from './manifest';
import { parquetToArrow } from './parquet-arrow';
import { type SliceHost, SliceLoader } from './slices';

export interface Client extends Runner {
  readonly manifest: Manifest;
}

/** One published version of the data, its tables in a schema of their own. */
export interface Dataset extends Client {
  /** Drops this version's tables; the engine stays up for the next one. */
  close(): Promise<void>;
}

let client: Promise<Client> | null = null;

/**
 * The page's one client; `dataUrl` is the folder holding manifest.json. The
 * tables named in `early` are fetched and decoded while DuckDB-WASM starts (its
 * wasm compiles in the worker meanwhile), then inserted once it is up.
 */
export function getClient(dataUrl: string, early: readonly string[] = []): Promise<Client> {
  client ??= (async () => {
    startEngine().catch(() => {}); // started now; openDataset awaits it (and reports its failure)
    const manifest = await fetchManifest(dataUrl);
    const decoded = new Map(
      early.filter((name) => manifest.tables[name]).map((name) => [name, fetchArrow(dataUrl, manifest, name)] as const),
    );
    for (const pending of decoded.values()) pending.catch(() => {}); // a failure surfaces when the table is needed
    return openDataset(dataUrl, manifest, decoded);
  })().catch((err) => {
    client = null; // a later call may try again
    throw err;
  });
  return client;
}

/** A published table's file, fetched under its data version and decoded to Arrow. */
async function fetchArrow(dataUrl: string, manifest: Manifest, name: string): Promise<Table> {
  const table = manifest.tables[name];
  if (!table) throw new Error(`no table ${name} in the data manifest`);
  const response = await fetch(versioned(dataUrl, manifest, table.file));
  if (!response.ok) throw new Error(`${table.file}: HTTP ${response.status}`);
  return parquetToArrow(await response.arrayBuffer(), table.columns);
}

/** The data version in the URL: a new build is never mixed with a cached old file. */
function versioned(dataUrl: string, manifest: Manifest, file: string): string {
  return `${dataUrl}${file}?v=${encodeURIComponent(manifest.dataVersion)}`;
}

let engine: Promise<AsyncDuckDB> | null = null;
let schemas = 0;

/**
 * Opens a data version: a connection whose search path is a fresh schema, so
 * a newer version loads beside the one on screen and replaces it without a
 * gap. The schema name is a counter, never text from the data.
 */
export async function openDataset(
  dataUrl: string,
  known?: Manifest,
  decoded: ReadonlyMap<string, Promise<Table>> = new Map(),
): Promise<Dataset> {
  const [db, manifest] = await Promise.all([startEngine(), known ?? fetchManifest(dataUrl)]);
  const schema = `data_v${++schemas}`;
  const connection = await db.connect();
  await connection.query(`CREATE SCHEMA ${schema}`);
  await connection.query(`SET search_path = '${schema}'`);
  const loader = new TableLoader(connection, manifest, dataUrl, schema, decoded);
  const statements: Statements = new Map();
  // Work still under way when a sibling query failed: close() lets it finish before dropping the tables.
  const inflight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    work.then(
      () => inflight.delete(work),
      () => inflight.delete(work),
    );
    return work;
  };
  return {
    manifest,
    run: (query) =>
      track(
        (async () => {
          await Promise.all([loader.ensure(query.tables), loader.ensureSlices(query.slices ?? [])]);
          return runPrepared(connection, statements, query);
        })(),
      ),
    load: async (queries) => {
      await track(
        Promise.all(queries.map((q) => Promise.all([loader.ensure(q.tables), loader.ensureSlices(q.slices ?? [])]))),
      );
      // Their statements prepared behind, not awaited: a later change finds them ready (and the engine warm).
      for (const q of queries) prepared(connection, statements, q.sql).catch(() => {});
    },
    close: async () => {
      await Promise.allSettled([...inflight, loader.settled()]);
      await connection.query(`DROP SCHEMA ${schema} CASCADE`);
      await connection.close();
    },
  };
}

function startEngine(): Promise<AsyncDuckDB> {
  engine ??= instantiate().catch((err) => {
    engine = null;
    throw err;
  });
  return engine;
}

async function instantiate(): Promise<AsyncDuckDB> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
    eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
  });
  const worker = new Worker(bundle.mainWorker ?? absolute(mvpWorker));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  return db;
}

function absolute(url: string): string {
  return new URL(url, location.href).href;
}

class TableLoader implements SliceHost {
  private readonly loading = new Map<string, Promise<void>>();
  private readonly sliced = new Map<SlicedTable, SliceLoader>();
  constructor(
    readonly connection: AsyncDuckDBConnection,
    private readonly manifest: Manifest,
    private readonly dataUrl: string,
    private readonly schema: string,
    private readonly decoded: ReadonlyMap<string, Promise<Table>>,
  ) {}

  async ensure(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((name) => this.load(name)));
  }

  /**
   * Loads the slices a query reads. A table already loaded whole (another query of the page needed all of
   * it), or data built before slicing existed (no index), is read whole instead.
   */
  async ensureSlices(slices: readonly Slice[]): Promise<void> {
    await Promise.all(
      slices.map((slice) => {
        const table = this.manifest.tables[slice.table];
        if (this.loading.has(slice.table) || !table || !this.manifest.tables[sliceIndex(slice.table)])
          return this.ensure([slice.table]);
        let loader = this.sliced.get(slice.table);
        if (!loader) {
          loader = new SliceLoader(this, slice.table, table);
          this.sliced.set(slice.table, loader);
        }
        return loader.load(slice);
      }),
    );
  }

  /** Resolves once no table load is under way. */
  settled(): Promise<unknown> {
    return Promise.allSettled([...this.loading.values(), ...[...this.sliced.values()].map((s) => s.settled())]);
  }

  url(file: string): string {
    return versioned(this.dataUrl, this.manifest, file);
  }

  async insert(name: string, arrow: Table, create: boolean): Promise<void> {
    const withheld = this.manifest.tables[name]?.withheld ?? [];
    if (!withheld.length) {
      await this.connection.insertArrowTable(arrow, { schema: this.schema, name, create });
      return;
    }
    // A public build left columns out: the queries see them as NULL.
    const published = `${name}__published`;
    await this.connection.insertArrowTable(arrow, { schema: this.schema, name: published, create });
    if (create)
      await this.connection.query(
        `CREATE VIEW ${this.schema}.${sqlIdent(name)} AS SELECT ${['*', ...nullColumns(withheld)].join(', ')}
          FROM ${this.schema}.${sqlIdent(published)}`,
      );
  }

  private load(name: string): Promise<void> {
    let pending = this.loading.get(name);
    if (!pending) {
      pending = this.fetchAndInsert(name);
      this.loading.set(name, pending);
      pending.catch(() => this.loading.delete(name));
    }
    return pending;
  }

  private async fetchAndInsert(name: string): Promise<void> {
    const arrow = await (this.decoded.get(name) ?? fetchArrow(this.dataUrl, this.manifest, name));
    // Slices of this table loaded earlier give way to the whole of it.
    const slices = this.sliced.get(name as SlicedTable);
    if (slices) {
      await slices.settled();
      const withheld = !!this.manifest.tables[name]?.withheld?.length;
      const target = `${this.schema}.${sqlIdent(name)}`;
      await this.connection.query(withheld ? `DROP VIEW IF EXISTS ${target}` : `DROP TABLE IF EXISTS ${target}`);
      if (withheld) await this.connection.query(`DROP TABLE IF EXISTS ${target}__published`);
    }
    await this.insert(name, arrow, true);
  }
}

/** Statements prepared once per connection and SQL text: a filter change then costs one round trip per query. */
type Statements = Map<string, Promise<AsyncPreparedStatement>>;

function prepared(connection: AsyncDuckDBConnection, statements: Statements, sql: string) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    statements.set(sql, statement);
    statement.catch(() => statements.delete(sql));
  }
  return statement;
}

async function runPrepared(connection: AsyncDuckDBConnection, statements: Statements, query: Query): Promise<Columns> {
  const table = await (await prepared(connection, statements, query.sql)).query(...query.params);
  const columns: Columns = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    columns[field.name] = vector ? columnValues(vector) : [];
  }
  return columns;
}
