/**
 * The printed 公示表's island (client:only): the build printed the whole committee's latest quarter; for any
 * other organisation or period in the URL (?org=B003&period=2025Q3) it asks DuckDB-WASM and prints that
 * instead, and `paper=a3` sets the page size. A request the data cannot answer is said, never swapped for
 * another organisation's sheet.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { PrintSheets } from '../board/PrintSheets';
import { answerPrint, isDefaultRequest, type PrintData, PrintProblem, parsePrintRequest } from '../board/print';
import { type Locale, t, tf } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import { getClient } from './duckdb';

/** The id of the build's printed sheets, which give way when the URL asks for other ones. */
export const PRINTED_ID = 'printed-sheets';

type State = { kind: 'loading' } | { kind: 'done'; data: PrintData } | { kind: 'failed'; message: string };

export default function BoardPrintIsland(props: { locale: Locale; dataUrl: string; printed: Filters }) {
  const { locale, dataUrl, printed } = props;
  const request = useMemo(() => parsePrintRequest(location.search), []);
  const own = !isDefaultRequest(request, printed);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useLayoutEffect(() => {
    document.documentElement.classList.toggle('paper-a3', request.paper === 'a3');
    // The paper links keep the organisation and period asked for.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.sheet-toolbar a[data-paper]')) {
      const params = new URLSearchParams(location.search);
      params.set('paper', link.dataset.paper ?? 'a4');
      link.search = `?${params}`;
      link.classList.toggle('on', link.dataset.paper === request.paper);
    }
    if (own) document.getElementById(PRINTED_ID)?.remove();
  }, [request, own]);
  useEffect(() => {
    if (!own) return;
    getClient(dataUrl)
      .then((client) => answerPrint(client, request, client.manifest))
      .then(
        (data) => setState({ kind: 'done', data }),
        (err) => setState({ kind: 'failed', message: problemText(err, locale) }),
      );
  }, [own, dataUrl, request, locale]);

  if (!own) return null;
  if (state.kind === 'done') return <PrintSheets data={state.data} locale={locale} />;
  return (
    <p className={`sheet-status ${state.kind}`} role="status">
      {state.kind === 'loading' ? t(locale, 'printLoading') : state.message}
    </p>
  );
}

function problemText(err: unknown, locale: Locale): string {
  if (err instanceof PrintProblem)
    return err.kind === 'org'
      ? tf(locale, 'printNoOrg', { org: err.value })
      : tf(locale, 'printNoPeriod', { period: err.value });
  return `${t(locale, 'printFailed')}: ${err instanceof Error ? err.message : String(err)}`;
}
