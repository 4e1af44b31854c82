/**
 * The files the project writes and reads back (manifest.json, report.json):
 * each one's zod schema is its contract, and this is how a reader checks a
 * file against it. One error lists every problem by its path, in Chinese and
 * English. zod/mini: the page parses the manifest, and the full zod costs
 * 31 KB gzip against mini's 9 for such a schema; nor does mini compile parsers with
 * `new Function` (classic zod probes for it), which the site's
 * Content-Security-Policy forbids. Browser-safe.
 */
import type { z } from 'zod/mini';

/** What the file is, for the error's first line (数据清单 / data manifest). */
export interface FileKind {
  readonly zh: string;
  readonly en: string;
}

/** A JSON file's name and its readers' one way in: parsed, then checked against its schema. */
export interface JsonContract<T> {
  readonly file: string;
  /** Throws one error naming each field that is wrong; `source` names the file in it. */
  parse(json: unknown, source?: string): T;
  /** The same from the file's text: text that is not JSON is named as such. */
  parseText(text: string, source?: string): T;
}

export function jsonContract<S extends z.ZodMiniType>(
  schema: S,
  file: string,
  kind: FileKind,
): JsonContract<z.output<S>> {
  const parse = (json: unknown, source = file) => check(schema, json, source, kind);
  return {
    file,
    parse,
    parseText: (text, source = file) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new Error(
          `${source}: ${kind.zh}不是有效的 JSON / the ${kind.en} is not valid JSON (${(err as Error).message})`,
        );
      }
      return parse(json, source);
    },
  };
}

function check<S extends z.ZodMiniType>(schema: S, json: unknown, source: string, kind: FileKind): z.output<S> {
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 20).map((i) => `  - ${i.path.join('.') || '(root)'}: ${problem(i)}`);
  const more = result.error.issues.length - lines.length;
  if (more > 0) lines.push(`  - … 另有 ${more} 处 / ${more} more`);
  throw new Error(`${source}: ${kind.zh}有误 / invalid ${kind.en}:\n${lines.join('\n')}`);
}

type Issue = z.core.$ZodIssue;

function problem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Without an input the field is absent (zod reports the input only when there is one).
      return issue.input === undefined
        ? '缺少字段 / missing field'
        : `应为 ${issue.expected} / expected ${issue.expected}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `应为 ${values} 之一 / expected one of ${values}`;
    }
    case 'invalid_format':
      return `格式不对（应为 ${issue.format}）/ not in the ${issue.format} format`;
    case 'too_small':
      return `小于 ${issue.minimum} / less than ${issue.minimum}`;
    case 'too_big':
      return `大于 ${issue.maximum} / more than ${issue.maximum}`;
    default:
      return `${issue.code}: ${issue.message}`;
  }
}
