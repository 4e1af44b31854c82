import { serveStatic } from './tests/e2e/static-server';
import { launch } from './tests/e2e/browser';
import { watch } from './tests/e2e/page-watch';
const server = await serveStatic(new URL('./dist/', import.meta.url).pathname);
const browser = await launch();
const args = process.argv.slice(2);
for (const spec of args) {
  const [path, w, h, name, wait] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  const wt = watch(page, server.url);
  await page.goto(server.url + path);
  await page.waitForTimeout(Number(wait ?? 4000));
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  console.log(name, JSON.stringify(await page.evaluate(() => { const e = document.querySelector('.board-viewport'); return e ? Object.assign({}, (e as HTMLElement).dataset) : null; })), wt.problems, wt.foreign);
  await page.close();
}
await browser.close(); await server.close();
