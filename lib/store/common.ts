import { z } from 'zod';
import { LIMITS } from '../limits';
import type { Platform } from '../sites/site-adapter';
import { httpsUrl as canonicalHttps, isPlatformUrl } from '../urls';

// Extension pages forbid eval: without this, zod probes `new Function` and the browser logs a CSP violation.
z.config({ jitless: true });

/** ISO 8601 date-time, as `new Date().toISOString()` writes it (offsets accepted from imports). */
export const isoDate = z.iso.datetime({ offset: true });
export const id = z.string().min(1).max(LIMITS.id);
/** An https address, kept in canonical form (fact-check sources: linked from the panel and cited in replies). */
export const httpsUrl = z.string().max(LIMITS.url).transform((text, ctx) => {
  const url = canonicalHttps(text.trim());
  if (url === undefined) ctx.addIssue({ code: 'custom', message: 'must be an https address' });
  return url ?? text;
});
export const platform = z.enum(['x', 'facebook', 'instagram']);
export const unit = z.number().min(0).max(1);

/**
 * Record-level check that address fields are canonical https addresses on the record's own platform (the only
 * links a page's comment may carry); `optional` fields may also be empty.
 */
export function onPlatform<T extends { platform: Platform }>(required: ReadonlyArray<keyof T & string>, optional: ReadonlyArray<keyof T & string> = []) {
  return (record: T, ctx: z.RefinementCtx): void => {
    for (const field of [...required, ...optional]) {
      const value = record[field];
      if (value === '' && optional.includes(field)) continue;
      if (typeof value !== 'string' || !isPlatformUrl(record.platform, value)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `must be an https address on ${record.platform}'s own hosts` });
      }
    }
  };
}

export const now = (): string => new Date().toISOString();
