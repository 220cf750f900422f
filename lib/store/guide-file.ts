/**
 * The guide file: the whole guide or a team pack as JSON. Import validates every record first and writes
 * nothing unless all are valid, then writes them in one transaction; export → import is lossless.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { SettingsSchema, type Settings } from './settings';
import { SourceSchema, type Source } from './sources';
import { TemplateSchema, type Template } from './templates';

export const GUIDE_FORMAT = 'tactful-guide';
export const GUIDE_SCHEMA_VERSION = 1;

/** How a template may be written in a file: bookkeeping fields may be left out and start fresh on import. */
const FileTemplate = (at: string) => TemplateSchema.extend({
  title: TemplateSchema.shape.title.default(''),
  tags: TemplateSchema.shape.tags.default([]),
  created: TemplateSchema.shape.created.default(at),
  lastReviewed: TemplateSchema.shape.lastReviewed.default(at),
  timesUsed: TemplateSchema.shape.timesUsed.default(0),
});
const FileSource = (at: string) => SourceSchema.extend({
  tags: SourceSchema.shape.tags.default([]),
  lastChecked: SourceSchema.shape.lastChecked.default(at),
});

const Header = z.object({
  format: z.literal(GUIDE_FORMAT),
  schemaVersion: z.literal(GUIDE_SCHEMA_VERSION),
  name: z.string().max(200).optional(),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  templates: z.array(z.unknown()).max(100_000).default([]),
  sources: z.array(z.unknown()).max(100_000).default([]),
  codeOfConduct: SettingsSchema.shape.codeOfConduct.optional(),
});

export interface GuideFile {
  format: typeof GUIDE_FORMAT;
  schemaVersion: typeof GUIDE_SCHEMA_VERSION;
  name?: string;
  exportedAt?: string;
  templates: Template[];
  sources: Source[];
  codeOfConduct?: Settings['codeOfConduct'];
}

export interface ImportError {
  /** "file", or the record: `templates[3]` (with its id when it has one). */
  record: string;
  field: string;
  reason: string;
}

export type Parsed = { ok: true; guide: GuideFile } | { ok: false; errors: ImportError[] };

const issues = (record: string, error: z.ZodError): ImportError[] =>
  error.issues.map((i) => ({ record, field: i.path.map(String).join('.'), reason: i.message }));

/** The reason a file of `bytes` bytes is refused, or undefined when it is small enough to import. */
export function tooBig(bytes: number): string | undefined {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return bytes > LIMITS.importBytes ? `the file is ${mb(bytes)} MB; guides of up to ${mb(LIMITS.importBytes)} MB can be imported` : undefined;
}

/** Validates a whole file (text or parsed JSON) and lists every problem; bookkeeping defaults to `at`. */
export function parseGuide(input: unknown, at = new Date().toISOString()): Parsed {
  let json = input;
  if (typeof input === 'string') {
    // UTF-8 is at most 3 bytes per UTF-16 unit: count exactly only when that bound is past the limit.
    const big = input.length * 3 > LIMITS.importBytes ? tooBig(new TextEncoder().encode(input).byteLength) : undefined;
    if (big) return { ok: false, errors: [{ record: 'file', field: '', reason: big }] };
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ record: 'file', field: '', reason: `not JSON: ${(e as Error).message}` }] };
    }
  }
  const header = Header.safeParse(json);
  if (!header.success) return { ok: false, errors: issues('file', header.error) };
  const errors: ImportError[] = [];
  const check = <T extends { id: string }>(kind: string, schema: z.ZodType<T>, records: unknown[]): T[] => {
    const seen = new Set<string>();
    return records.flatMap((raw, i) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const record = typeof rawId === 'string' ? `${kind}[${i}] (${rawId})` : `${kind}[${i}]`;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return errors.push(...issues(record, parsed.error)), [];
      if (seen.has(parsed.data.id)) return errors.push({ record, field: 'id', reason: 'duplicate id in this file' }), [];
      seen.add(parsed.data.id);
      return [parsed.data];
    });
  };
  const templates = check<Template>('templates', FileTemplate(at), header.data.templates);
  const sources = check<Source>('sources', FileSource(at), header.data.sources);
  if (errors.length) return { ok: false, errors };
  const { format, schemaVersion, name, exportedAt, codeOfConduct } = header.data;
  return { ok: true, guide: { format, schemaVersion, name, exportedAt, templates, sources, codeOfConduct } };
}
