/**
 * The bench's baseline: DuckDB-WASM alone, instantiated and loaded with the
 * same Parquet files the overview page loads, then one query answered. It
 * decodes Parquet the only way DuckDB-WASM can offline (hyparquet → Arrow),
 * the same as the site. Not part of the site; scripts/bench-browser.ts builds it.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { parquetToArrow } from '../../src/client/parquet-arrow';
import { MANIFEST } from '../../src/model/manifest';

const abs = (u: string) => new URL(u, location.href).href;

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const dataUrl = params.get('data') ?? '/data/';
  const tables = (params.get('tables') ?? '').split(',').filter(Boolean);
  const manifest = MANIFEST.parse(await (await fetch(`${dataUrl}${MANIFEST.file}`)).json());
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
    eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) },
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker ?? abs(mvpWorker)));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const c = await db.connect();
  await Promise.all(
    tables.map(async (name) => {
      const t = manifest.tables[name];
      const bytes = await (await fetch(`${dataUrl}${t.file}?v=${manifest.dataVersion}`)).arrayBuffer();
      await c.insertArrowTable(await parquetToArrow(bytes, t.columns), { name, create: true });
    }),
  );
  const answer = await c.query('SELECT 42 AS answer');
  document.body.dataset.answered = String(answer.getChild('answer')?.get(0));
  document.body.dataset.readyAt = String(performance.now());
}

main().catch((err) => {
  document.body.dataset.error = String(err);
});
