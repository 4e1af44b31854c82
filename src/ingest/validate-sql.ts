/**
 * Generates the validation SQL of each table from the schema: typing every
 * staged cell, collecting every reason a row cannot be loaded, then splitting
 * accepted rows from rejects. Only schema constants become SQL text.
 */
import { MAX_CELL_CHARS } from '../model/limits';
import { type ColumnDef, ID_RULE, MAX_TREE_DEPTH, type TableDef, type TableName, tableDef } from '../model/schema';
import { sqlIdent, sqlString } from '../sql/literal';
import { isChunked } from './chunks';

export const VALIDATION_MACROS = [
  `CREATE OR REPLACE MACRO cut_value(v) AS CASE WHEN length(v) > 200 THEN left(v, 200) || '…' ELSE v END`,
  // The value as written; it is masked and cut once, on its way into the rejects table (rejectsSql). Cleaned
  // here, each err() expanded into some twenty regular expressions, compiled as each statement was planned
  // and again as it ran: a third of a second per table however few its rows.
  `CREATE OR REPLACE MACRO err(col, code, val) AS
     {'column': col, 'code': code, 'value': CAST(val AS VARCHAR), 'other_src': NULL::INTEGER, 'other_row': NULL::INTEGER}`,
];

/** True when an id cannot be a path segment and a URL value as it is (see ID_RULE). */
const badId = (c: string) =>
  `(length(${c}) > ${ID_RULE.maxLength} OR NOT regexp_full_match(${c}, ${sqlString(ID_RULE.pattern)})
    OR upper(${c}) IN (${ID_RULE.reserved.map(sqlString).join(', ')}))`;

/** Staging table for a schema table: every column as text, plus source and row number. */
export function createStageSql(table: TableName): string {
  const cols = tableDef(table).columns.map((c) => `${sqlIdent(c.name)} VARCHAR`);
  return `CREATE OR REPLACE TEMP TABLE stage_${table} (_src INTEGER, _row INTEGER, ${cols.join(', ')})`;
}

export function typedExpr(col: ColumnDef): string {
  const c = sqlIdent(col.name);
  switch (col.type) {
    case 'id':
      return `nullif(trim(fold_width(${c})), '')`;
    case 'text':
      return `clean_text(${c})`;
    case 'date':
      return `parse_date(${c})`;
    case 'int':
      return `parse_int(${c})`;
    case 'number':
      return `parse_number(${c})`;
    case 'year':
      return `parse_year(${c})`;
    case 'period':
      return `parse_period(${c})`;
    case 'enum':
      return enumExpr(col);
  }
}

function enumExpr(col: ColumnDef): string {
  const arms = [...(col.values ?? []).map((v) => [v, v] as const), ...Object.entries(col.synonyms ?? {})].map(
    ([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`,
  );
  // The cell as written is nearly always one of the words already: enum_text() (two passes) only for the rest.
  const c = sqlIdent(col.name);
  return `CASE ${c} ${arms.join(' ')} ELSE CASE enum_text(${c}) ${arms.join(' ')} END END`;
}

/** One reason a row cannot be loaded: when it holds, and the error it adds (err()). */
interface Check {
  readonly when: string;
  readonly err: string;
}

/** Errors of one cell, from its raw text (`raw_<name>`) and its typed value (`<name>`). */
function cellErrors(col: ColumnDef): Check[] {
  const raw = `raw_${sqlIdent(col.name)}`;
  const typed = sqlIdent(col.name);
  const name = sqlString(col.name);
  // Past the cell limit (the readers keep only enough of such a cell to tell); strlen first: it costs nothing.
  const errors: Check[] = [
    {
      when: `strlen(${raw}) > ${MAX_CELL_CHARS} AND length(${raw}) > ${MAX_CELL_CHARS}`,
      err: `err(${name}, 'cell_too_long', NULL)`,
    },
  ];
  if (col.required) errors.push({ when: `${raw} IS NULL`, err: `err(${name}, 'required', NULL)` });
  // An id that is an ID-card or phone number would be published on every page that names the member.
  if (col.type === 'id') {
    errors.push({ when: `looks_personal(${typed})`, err: `err(${name}, 'personal_id', NULL)` });
    errors.push({ when: badId(typed), err: `err(${name}, 'bad_id', ${typed})` });
  }
  if (col.maxLength)
    errors.push({
      when: `length(${typed}) > ${col.maxLength}`,
      err: `err(${name}, 'too_long', length(${typed}) || ' > ' || ${col.maxLength})`,
    });
  if (col.type !== 'id' && col.type !== 'text') {
    const isNullWord = col.nullValues?.length
      ? ` AND enum_text(${raw}) NOT IN (${col.nullValues.map(sqlString).join(', ')})`
      : '';
    const code = col.type === 'enum' ? 'bad_enum' : `bad_${col.type}`;
    errors.push({
      when: `${raw} IS NOT NULL AND ${typed} IS NULL${isNullWord}`,
      err: `err(${name}, '${code}', ${raw})`,
    });
  }
  return errors;
}

/**
 * The errors of `checks` that hold, appended to `base`. Nearly every row is clean: the list is built only
 * for a row where some check holds (building and filtering one per row cost the ledger's validation a third).
 */
function withErrors(base: string, checks: readonly Check[]): string {
  if (!checks.length) return base;
  const any = checks.map((c) => `(${c.when})`).join(' OR ');
  const list = `list_filter([${checks.map((c) => `CASE WHEN ${c.when} THEN ${c.err} END`).join(', ')}], x -> x IS NOT NULL)`;
  return `CASE WHEN ${any} THEN ${base === '[]' ? list : `list_concat(${base}, ${list})`} ELSE ${base} END`;
}

/** Step 1: type every cell once, then collect the cell-level errors. */
export function typedSql(table: TableDef, kind: 'TABLE' | 'VIEW' = 'TABLE'): string {
  const raw = table.columns.map((c) => `${sqlIdent(c.name)} AS raw_${sqlIdent(c.name)}`);
  const typed = table.columns.map((c) => `${typedExpr(c)} AS ${sqlIdent(c.name)}`);
  // Each check a column first: written into the list's test and its items, a check's regular expressions
  // were compiled twice over, which cost more than the rows of a small export.
  const { flags, named } = asFlags(table.columns.flatMap(cellErrors), '_cell');
  return `CREATE OR REPLACE TEMP ${kind} typed_${table.name} AS
    WITH parsed AS (SELECT _src, _row, ${raw.join(', ')}, ${typed.join(', ')} FROM stage_${table.name}),
    flagged AS (SELECT *, ${flags.join(', ')} FROM parsed)
    SELECT _src, _row, ${table.columns.map((c) => sqlIdent(c.name)).join(', ')}, ${withErrors('[]', named)} AS errors
    FROM flagged`;
}

/**
 * Each check's condition as a column (`<prefix><i>`), and the checks that read those columns: a condition is
 * then computed once, however often the error list reads it.
 */
function asFlags(checks: readonly Check[], prefix: string): { flags: string[]; named: Check[] } {
  return {
    flags: checks.map((c, i) => `(${c.when}) AS ${prefix}${i}`),
    named: checks.map((c, i) => ({ when: `${prefix}${i}`, err: c.err })),
  };
}

/** Whether the export holds any row of a table (accepted or not). */
const refHeld = (table: string) => `EXISTS (SELECT 1 FROM checked_${table})`;

/**
 * Optional references to another table (a topic's 领题组织编号): when the export does not hold that table at
 * all (a 领题破题 workbook exported alone), they cannot be checked, so the rows load without them and the
 * report says so (uncheckedSql), rather than every row being rejected for a table nobody sent.
 */
export function uncheckedRefs(table: TableDef): ColumnDef[] {
  return table.columns.filter((c) => c.ref && !c.required && c.ref.table !== table.name);
}

/** Per source, the rows whose optional reference `col` was left out because its table is not in the export. */
export function uncheckedSql(table: TableDef, col: ColumnDef): string {
  return `SELECT _src, count(*)::INTEGER AS n FROM checked_${table.name}
    WHERE len(errors) = 0 AND ${sqlIdent(col.name)} IS NOT NULL AND NOT ${refHeld(col.ref?.table ?? '')}
    GROUP BY _src ORDER BY _src`;
}

/** Checks that look at typed values or at other tables, per table. */
function rowChecks(table: TableDef): Check[] {
  const checks: Check[] = [];
  for (const col of table.columns) {
    if (!col.ref) continue;
    const c = sqlIdent(col.name);
    const key = sqlIdent(col.ref.column);
    const name = sqlString(col.name);
    const unknown = sqlString(`unknown_${col.ref.table}`);
    if (col.ref.table === table.name) {
      // Within the table: a parent rejected for its own reasons is the tree walk's (treeSql) to report.
      checks.push({ when: `${c} = ${key}`, err: `err(${name}, 'self_parent', ${c})` });
      checks.push({
        when: `${c} IS NOT NULL AND ${c} NOT IN (SELECT ${key} FROM typed_${table.name})`,
        err: `err(${name}, ${unknown}, ${c})`,
      });
      continue;
    }
    // A row naming a row that was itself rejected says so, rather than "unknown"; one naming a table the
    // export does not hold at all (tasks without the organisations) says that table is missing. An optional
    // reference to a table the export does not hold is not checked but left out (uncheckedRefs).
    const held = col.required ? '' : ` AND ${refHeld(col.ref.table)}`;
    checks.push({
      when: `${c} IS NOT NULL${held} AND ${c} NOT IN (SELECT ${key} FROM ${col.ref.table})`,
      err: `err(${name}, CASE WHEN ${c} IN (SELECT ${key} FROM checked_${col.ref.table}) THEN 'ref_rejected'
          WHEN NOT EXISTS (SELECT 1 FROM checked_${col.ref.table}) THEN ${sqlString(`no_${col.ref.table}`)}
          ELSE ${unknown} END, ${c})`,
    });
  }
  return [...checks, ...(TABLE_CHECKS[table.name] ?? [])];
}

const TABLE_CHECKS: Partial<Record<TableName, Check[]>> = {
  members: [
    {
      when: `org_id IN (SELECT org_id FROM organizations WHERE type NOT IN ('党支部', '党小组'))`,
      err: `err('org_id', 'member_org_not_branch', org_id)`,
    },
  ],
  points: [
    { when: `kind = '加分' AND points < 0`, err: `err('points', 'sign_mismatch', points)` },
    { when: `kind = '基础分' AND points < 0`, err: `err('points', 'negative', points)` },
  ],
  assessments: [
    { when: `score < 0`, err: `err('score', 'negative', score)` },
    { when: `max_score IS NOT NULL AND score > max_score`, err: `err('score', 'score_exceeds_max', score)` },
  ],
  meetings: [
    { when: `expected < 0`, err: `err('expected', 'negative', expected)` },
    { when: `present < 0`, err: `err('present', 'negative', present)` },
    { when: `present > expected`, err: `err('present', 'present_exceeds_expected', present)` },
  ],
};

/**
 * Rows of `typed_<table>` with the row checks' errors added. Each check's condition is a column first
 * (`_check<i>`), read twice without being computed twice: a reference check is a join.
 */
function withRowChecks(table: TableDef): string {
  const checks = rowChecks(table);
  if (!checks.length) return `SELECT * FROM typed_${table.name}`;
  const { flags, named } = asFlags(checks, '_check');
  return `SELECT * EXCLUDE (${named.map((c) => c.when).join(', ')})
      REPLACE (${withErrors('errors', named)} AS errors)
    FROM (SELECT *, ${flags.join(', ')} FROM typed_${table.name})`;
}

/** Step 2: references, table rules, then duplicates among the rows still clean. */
export function checkedSql(table: TableDef): string {
  const withChecks = withRowChecks(table);
  if (!table.key) return `CREATE OR REPLACE TEMP TABLE checked_${table.name} AS ${withChecks}`;
  const key = table.key.map(sqlIdent).join(', ');
  const keyCol = sqlString(table.key[0]);
  return `CREATE OR REPLACE TEMP TABLE checked_${table.name} AS
    WITH pre AS (${withChecks}),
    ranked AS (
      SELECT *, row_number() OVER w AS _n, first_value(_src) OVER w AS _first_src, first_value(_row) OVER w AS _first_row
      FROM pre WHERE len(errors) = 0
      WINDOW w AS (PARTITION BY ${key} ORDER BY _src, _row))
    SELECT * EXCLUDE (_n, _first_src, _first_row) REPLACE (
      CASE WHEN _n > 1 THEN [{'column': ${keyCol}, 'code': 'duplicate', 'value': CAST(${sqlIdent(table.key[0])} AS VARCHAR),
                              'other_src': _first_src, 'other_row': _first_row}] ELSE errors END AS errors)
    FROM ranked
    UNION ALL BY NAME SELECT * FROM pre WHERE len(errors) > 0`;
}

/**
 * Step 2b, organisations only: each clean row walked up to the top of the tree. The first top (in file order)
 * is the committee; a second top, a loop of parents, a chain deeper than MAX_TREE_DEPTH and everything below
 * a rejected organisation are rejected, so no page shows a tree that is not one.
 */
export function treeSql(table: TableDef): string[] {
  if (table.name !== 'organizations') return [];
  const walk = `CREATE OR REPLACE TEMP TABLE tree_verdicts AS
    WITH RECURSIVE clean AS (SELECT _src, _row, org_id, parent_id FROM checked_organizations WHERE len(errors) = 0),
    top AS (SELECT org_id FROM clean WHERE parent_id IS NULL ORDER BY _src, _row LIMIT 1),
    walk(org_id, cur, path) AS (
      SELECT org_id, parent_id, [org_id] FROM clean
      UNION ALL
      SELECT w.org_id, c.parent_id, list_append(w.path, w.cur)
      FROM walk w JOIN clean c ON c.org_id = w.cur
      WHERE NOT list_contains(w.path, w.cur) AND len(w.path) <= ${MAX_TREE_DEPTH}),
    ends AS (SELECT * FROM walk QUALIFY row_number() OVER (PARTITION BY org_id ORDER BY len(path) DESC) = 1)
    SELECT org_id, CASE
        WHEN cur IS NULL AND path[-1] = (SELECT org_id FROM top) THEN NULL
        WHEN cur IS NULL AND len(path) = 1 THEN err('parent_id', 'second_root', (SELECT org_id FROM top))
        WHEN cur = org_id THEN err('parent_id', 'parent_cycle', array_to_string(list_append(path, cur), ' → '))
        WHEN cur IS NOT NULL AND NOT list_contains(path, cur) AND cur IN (SELECT org_id FROM clean)
          THEN err('parent_id', 'too_deep', '> ' || ${MAX_TREE_DEPTH})
        ELSE err('parent_id', 'parent_rejected', path[2]) END AS e
    FROM ends`;
  const apply = `UPDATE checked_organizations SET errors = list_append(errors, v.e)
    FROM tree_verdicts v WHERE v.e IS NOT NULL AND checked_organizations.org_id = v.org_id
      AND len(checked_organizations.errors) = 0`;
  return [walk, apply];
}

/** Output columns of each table: schema columns, normalised, plus derived ones. */
const FINISH: Partial<Record<TableName, string>> = {
  points: `SELECT member_id, date, coalesce(kind, CASE WHEN points < 0 THEN '扣分' ELSE '加分' END) AS kind, category,
      CASE WHEN kind = '扣分' OR (kind IS NULL AND points < 0) THEN -abs(points) ELSE points END AS points,
      reason, recorded_by, _src, _row FROM accepted`,
  assessments: `SELECT org_id, period, period_kind(period) AS period_kind, period_start(period) AS period_start,
      coalesce(dimension, '') AS dimension, score, max_score, rating FROM accepted`,
  // The owners cell of topics is the other way to name owners: split it into rows.
  topic_owners: `SELECT topic_id, name, kind, 'topic_owners' AS source FROM accepted
    UNION ALL
    SELECT DISTINCT t.topic_id, trim(n) AS name, NULL AS kind, 'topics' AS source
    FROM topics t, unnest(regexp_split_to_array(t.owners, '[、，,;；/／\\s]+')) AS u(n)
    WHERE trim(n) <> '' AND NOT EXISTS (SELECT 1 FROM accepted a WHERE a.topic_id = t.topic_id AND a.name = trim(n))`,
};

/**
 * Step 3: the accepted table under its published name, in the exports' order: stored in that order, its
 * rowid is the order. The sort is needed: DuckDB keeps insertion order through scans and projections, not
 * through the joins of the reference checks. A chunked table (the ledger) keeps its source and row
 * (`_src`, `_row`) instead: the chunks sort it once, by organisation, member, then those (src/ingest/chunks.ts).
 * As a VIEW (the full build's ledger) it is read from `checked_<table>` until the chunks place it.
 */
export function acceptedSql(table: TableDef, kind: 'TABLE' | 'VIEW' = 'TABLE'): string {
  const unchecked = new Set(uncheckedRefs(table).map((c) => c.name));
  const cols = table.columns
    .map((c) =>
      unchecked.has(c.name)
        ? `CASE WHEN ${refHeld(c.ref?.table ?? '')} THEN ${sqlIdent(c.name)} END AS ${sqlIdent(c.name)}`
        : sqlIdent(c.name),
    )
    .join(', ');
  const accepted = isChunked(table.name)
    ? `SELECT ${cols}, _src, _row FROM checked_${table.name} WHERE len(errors) = 0`
    : `SELECT ${cols} FROM checked_${table.name} WHERE len(errors) = 0 ORDER BY _src, _row`;
  const finish = FINISH[table.name] ?? 'SELECT * FROM accepted';
  const create = kind === 'VIEW' ? 'CREATE OR REPLACE TEMP VIEW' : 'CREATE OR REPLACE TABLE';
  return `${create} ${table.name} AS WITH accepted AS (${accepted}) ${finish}`;
}

export const REJECTS_TABLE_SQL = `CREATE OR REPLACE TEMP TABLE rejects (
  table_name VARCHAR, _src INTEGER, _row INTEGER, "column" VARCHAR, code VARCHAR, value VARCHAR, other_src INTEGER, other_row INTEGER)`;

// The rejected value goes into report.json, which is published: identifiers in it are masked too, and a
// value of a hundred thousand characters is cut (the row and column still find it).
export function rejectsSql(table: TableDef): string {
  return `INSERT INTO rejects
    SELECT ${sqlString(table.name)}, _src, _row, e."column", e.code, cut_value(clean_text(e.value)), e.other_src, e.other_row
    FROM (SELECT _src, _row, unnest(errors) AS e FROM checked_${table.name} WHERE len(errors) > 0)`;
}

export function countsSql(table: TableDef): string {
  return `SELECT _src, count(*) FILTER (WHERE len(errors) = 0)::INTEGER AS loaded,
      count(*) FILTER (WHERE len(errors) > 0)::INTEGER AS rejected
    FROM checked_${table.name} GROUP BY _src`;
}
