/**
 * manifest.json, the published data's table of contents: which tables there
 * are, each one's Parquet file, rows, bytes, checksum and columns, and the
 * data version the pages cache by. This schema is its one definition: the
 * build validates the manifest against it before writing, and every reader
 * (the site's build, the page, the notice board) parses with it. Browser-safe.
 */
import { z } from 'zod/mini';
import { jsonContract } from './json-contract';
import { PUBLISH_PROFILES } from './publish';

/** A DuckDB type name as DESCRIBE gives it (VARCHAR, DATE, ...): the page maps it to Arrow, the SQL casts NULL to it. */
export const COLUMN_TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

const hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${length}}$`)));
const count = z.int().check(z.nonnegative());

/** A column of a published table: its name and DuckDB type. */
export const publishedColumnSchema = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.string().check(z.regex(COLUMN_TYPE_NAME)),
});
export type PublishedColumn = z.infer<typeof publishedColumnSchema>;

export const AS_OF_SOURCES = ['rules', 'data', 'build'] as const;
export type AsOfSource = (typeof AS_OF_SOURCES)[number];

export const TABLE_KINDS = ['source', 'derived', 'rules'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

const manifestTableSchema = z.object({
  /** A plain name beside the manifest: the page fetches it and the build reads it, never a path. */
  file: z.string().check(z.regex(/^[a-z][a-z0-9_]*\.parquet$/)),
  kind: z.enum(TABLE_KINDS),
  rows: count,
  bytes: count,
  sha256: hex(64),
  columns: z.array(publishedColumnSchema),
  /** Columns a public build did not write; the site reads them as NULL. */
  withheld: z.optional(z.array(publishedColumnSchema)),
});
export type ManifestTable = z.infer<typeof manifestTableSchema>;

/** The mark of a data folder this project's build wrote: only such a folder is replaced without --force. */
export const DATA_PRODUCER = 'dangjian-dashboard data build';

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  /** Absent from manifests written before the mark existed (they are still this build's, by this schema). */
  producer: z.optional(z.literal(DATA_PRODUCER)),
  /** From the tables' checksums: a page fetches each file under it, so a new build is never mixed with an old file. */
  dataVersion: hex(16),
  generatedAt: z.iso.datetime(),
  /** 数据截止日期. */
  asOf: z.iso.date(),
  /**
   * Where the as-of date comes from: the rules' asOf, the latest event in the data (src/ingest/as-of.ts), or the
   * build's day (no dated rows, or rows dated after it). Absent from manifests written before it was recorded.
   */
  asOfSource: z.optional(z.enum(AS_OF_SOURCES)),
  /** Inputs, rules, code and options: a build with the same fingerprint is skipped. */
  fingerprint: hex(64),
  /** The rules file's checksum, or `defaults`. */
  rulesSha256: z.string().check(z.minLength(1)),
  inputs: z.array(z.object({ file: z.string(), sha256: hex(64), bytes: count })),
  tables: z.record(z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)), manifestTableSchema),
  /** Rows rejected yet published (--allow-rejects). */
  rejectsAllowed: count,
  profile: z.enum(PUBLISH_PROFILES),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** manifest.json: its name, and the one way to read it (throws one error naming each field that is wrong). */
export const MANIFEST = jsonContract(manifestSchema, 'manifest.json', { zh: '数据清单', en: 'data manifest' });
