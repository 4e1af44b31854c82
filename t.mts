import { serveStatic } from './tests/e2e/static-server';
import { launch } from './tests/e2e/browser';
const server = await serveStatic(process.cwd() + '/.e2e/sample-dist');
const browser = await launch();
for (const [name, path, dark] of [['overview', '', false], ['org', 'org/B003/?member=M00574', true]] as const) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  if (dark) await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto(server.url + path);
  await page.waitForSelector('.dashboard[data-ready="true"]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/${name}-${dark ? 'dark' : 'light'}.png`, fullPage: false });
  if (!dark) await page.pdf({ path: `/tmp/${name}.pdf`, format: 'A4', landscape: true, printBackground: true });
  await page.close();
}
await browser.close(); await server.close();
