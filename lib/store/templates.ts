/** The templates object store: approved replies per situation and language, each with several variants. */
import { z } from 'zod';
import { SITUATIONS, TEMPLATE_LANGUAGES, unknownVariables, type Situation, type TemplateLanguage } from '../templates/situations';
import { LIMITS } from '../limits';
import { id, isoDate } from './common';
import type { TactfulDb } from './db';
import { checkRecord, listStore, readRecord, type Corrupt, type Listed } from './records';

const variant = z.string().trim().min(1).max(2_000).superRefine((text, ctx) => {
  for (const v of unknownVariables(text)) ctx.addIssue({ code: 'custom', message: `unknown variable {${v}}` });
});

export const TemplateSchema = z.object({
  id,
  situation: z.enum(SITUATIONS),
  language: z.enum(TEMPLATE_LANGUAGES),
  title: z.string().max(LIMITS.templateTitle),
  variants: z.array(variant).min(1).max(50),
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
  created: isoDate,
  lastReviewed: isoDate,
  timesUsed: z.number().int().min(0),
  lastUsed: isoDate.optional(),
  /** Set when the user edits the template in the panel: an import that would replace it asks first. */
  editedAt: isoDate.optional(),
});
export type Template = z.infer<typeof TemplateSchema>;

const STORE = 'templates';

export const listTemplates = (db: TactfulDb): Promise<Listed<Template>> => listStore(db, STORE, TemplateSchema);

/** Templates for one situation and language, in the guide's order (by id). */
export const templatesFor = (db: TactfulDb, situation: Situation, language: TemplateLanguage): Promise<Listed<Template>> =>
  listStore(db, STORE, TemplateSchema, 'situation-language', [situation, language]);

export async function getTemplate(db: TactfulDb, templateId: string, corrupt: Corrupt[] = []): Promise<Template | undefined> {
  const value: unknown = await db.get(STORE, templateId);
  return value === undefined ? undefined : readRecord(TemplateSchema, STORE, templateId, value, corrupt);
}

/** Validates and writes; throws InvalidRecord listing each bad field. */
export async function putTemplate(db: TactfulDb, template: Template): Promise<Template> {
  const valid = checkRecord(TemplateSchema, STORE, template);
  await db.put(STORE, valid);
  return valid;
}

export async function deleteTemplate(db: TactfulDb, templateId: string): Promise<void> {
  await db.delete(STORE, templateId);
}

/** Counts a use (rotation's tie-breaker) in the same transaction as the read, so two panels cannot lose one. */
export async function markTemplateUsed(db: TactfulDb, templateId: string, at: string): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const template = readRecord(TemplateSchema, STORE, templateId, await tx.store.get(templateId), []);
  if (template) await tx.store.put({ ...template, timesUsed: template.timesUsed + 1, lastUsed: at });
  await tx.done;
}

/** Marks a template as reviewed today (resets its freshness clock). */
export async function markTemplateReviewed(db: TactfulDb, templateId: string, at: string): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const template = readRecord(TemplateSchema, STORE, templateId, await tx.store.get(templateId), []);
  if (template) await tx.store.put({ ...template, lastReviewed: at });
  await tx.done;
}
