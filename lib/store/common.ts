import { z } from 'zod';

// Extension pages forbid eval: without this, zod probes `new Function` and the browser logs a CSP violation.
z.config({ jitless: true });

/** ISO 8601 date-time, as `new Date().toISOString()` writes it (offsets accepted from imports). */
export const isoDate = z.iso.datetime({ offset: true });
export const id = z.string().min(1).max(200);
export const httpUrl = z.url({ protocol: /^https?$/ }).max(2_000);
export const platform = z.enum(['x', 'facebook', 'instagram']);
export const unit = z.number().min(0).max(1);

export const now = (): string => new Date().toISOString();
