/** Year, period and organisation. Disabled in the static first view; the page enables them when it takes over. */
import { type Locale, t, tf, valueLabel } from '../i18n/dict';
import type { Filters } from '../queries/filters';
import { defaultPeriod } from '../queries/filters';
import type { Meta } from '../queries/meta';
import { missingText } from '../queries/needs';

interface Props {
  readonly meta: Meta;
  readonly filters: Filters;
  readonly show: readonly ('year' | 'period' | 'org')[];
  readonly locale: Locale;
  readonly onChange?: (filters: Filters) => void;
}

export function FilterBar({ meta, filters, show, locale, onChange }: Props) {
  const disabled = !onChange;
  const set = (next: Partial<Filters>) => onChange?.({ ...filters, ...next });
  const periods = meta.periods.filter((p) => p.start.startsWith(String(filters.year)));
  const orgs = orgOptions(meta);
  // An empty list says why (an export without the table, a year without periods) instead of an empty box.
  const noPeriod = meta.periods.length
    ? tf(locale, 'filterNoPeriodInYear', { year: String(filters.year) })
    : missingText(locale, ['assessments']);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      {show.includes('year') && (
        <Choice
          label={t(locale, 'filterYear')}
          name="year"
          value={String(filters.year)}
          options={meta.years.map((y) => ({ value: String(y), text: String(y) }))}
          none={t(locale, 'filterNoYears')}
          disabled={disabled}
          onChange={(value) => {
            const year = Number(value);
            set({ year, period: defaultPeriod(meta, year) });
          }}
        />
      )}
      {show.includes('period') && (
        <Choice
          label={t(locale, 'filterPeriod')}
          name="period"
          value={filters.period}
          options={periods.map((p) => ({ value: p.period, text: p.period }))}
          none={noPeriod}
          disabled={disabled}
          onChange={(period) => set({ period })}
        />
      )}
      {show.includes('org') && (
        <Choice
          label={t(locale, 'filterOrg')}
          name="org"
          value={filters.org}
          options={orgs.map(({ id, name, depth, type }) => ({
            value: id,
            text: `${'\u3000'.repeat(depth)}${name}（${valueLabel(locale, type)}）`,
          }))}
          none={missingText(locale, ['organizations'])}
          disabled={disabled}
          onChange={(org) => set({ org })}
        />
      )}
    </form>
  );
}

interface ChoiceProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly options: readonly { value: string; text: string }[];
  /** Why the list is empty, shown in its place (the select then disabled). */
  readonly none: string;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}

/** A labelled select that, with nothing to offer, says why instead of showing an empty box. */
function Choice({ label, name, value, options, none, disabled, onChange }: ChoiceProps) {
  return (
    <label>
      {label}
      <select
        name={name}
        value={options.length ? value : ''}
        disabled={disabled || !options.length}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.length ? (
          options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))
        ) : (
          <option value="">{none}</option>
        )}
      </select>
    </label>
  );
}

/** The organisation tree, depth-first, for an indented list. */
function orgOptions(meta: Meta): { id: string; name: string; type: string; depth: number }[] {
  const out: { id: string; name: string; type: string; depth: number }[] = [];
  const children = new Map<string | null, Meta['orgs'][number][]>();
  // At group scale party groups stay out of the list; their pages are reached by drilling down.
  const listed = meta.orgs.length > 500 ? meta.orgs.filter((o) => o.type !== '党小组') : meta.orgs;
  for (const o of listed) {
    const list = children.get(o.parent);
    if (list) list.push(o);
    else children.set(o.parent, [o]);
  }
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const o of children.get(parent) ?? []) {
      if (seen.has(o.id) || depth > 32) continue;
      seen.add(o.id);
      out.push({ id: o.id, name: o.name, type: o.type, depth });
      visit(o.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
