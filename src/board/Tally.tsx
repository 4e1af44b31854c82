/**
 * 党员积分张榜公布: a frame of the points tally, its columns filled with branch runs (a heading with the
 * branch and its head count, then its members by their year's total), and the 公示 line under it.
 */
import { formatValue } from '../charts/format';
import { type Locale, t, tf } from '../i18n/dict';
import type { Notice } from '../queries/meta';
import type { Columns } from '../queries/types';
import type { Frame, TallyBlock } from './frames';
import { noticeLine } from './notice';

interface Props {
  readonly frame: Frame;
  readonly columns: Columns;
  readonly locale: Locale;
}

export function PointsTally({ frame, columns, locale }: Props) {
  const breakdown = 'bonus' in columns;
  return (
    <div className="board-tally">
      {(frame.columns ?? []).map((blocks, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a fixed frame layout
        <table key={c} className={breakdown ? 'with-breakdown' : ''}>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'boardName')}</th>
              {breakdown && <th scope="col">{`${t(locale, 'boardBonus')} / ${t(locale, 'boardDeduction')}`}</th>}
              <th scope="col">{t(locale, 'boardPeriodPoints')}</th>
              <th scope="col">{t(locale, 'boardYearTotal')}</th>
            </tr>
          </thead>
          {blocks.map((block) => (
            <Block key={`${block.index}:${block.rows[0]}`} block={block} columns={columns} locale={locale} />
          ))}
        </table>
      ))}
    </div>
  );
}

function Block({ block, columns, locale }: { block: TallyBlock; columns: Columns; locale: Locale }) {
  const breakdown = 'bonus' in columns;
  return (
    <tbody>
      <tr className="tally-branch">
        <th scope="rowgroup" colSpan={breakdown ? 4 : 3}>
          <span className="branch">{`${block.branch}${block.continued ? t(locale, 'boardContinued') : ''}`}</span>
          <span className="count">{tf(locale, 'boardMembersN', { n: String(block.members) })}</span>
        </th>
      </tr>
      {block.rows.map((i) => (
        <tr key={i}>
          <td className="name">{String(columns.name[i] ?? '—')}</td>
          {breakdown && <td className="small">{`+${columns.bonus[i]} / −${columns.deduction[i]}`}</td>}
          <td className="period">{formatValue(columns.period_points[i], 'signed', locale)}</td>
          <td className="total">{formatValue(columns.total[i], 'num1', locale)}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** 公示期 … 至 … · 如有异议请向…反映: under every frame of the tally. */
export function TallyNotice({ notice, locale }: { notice: Notice; locale: Locale }) {
  const line = noticeLine(notice, locale);
  return line ? <p className="board-publicity">{line}</p> : null;
}
