/**
 * Drafts for a comment: the guide's templates for its situation and language, rotated per thread and person,
 * personalised from the comment and settings, and checked against the page's recent replies.
 */
import type { Comment } from '../sites/site-adapter';
import { render, firstName, type Rendered, type Values } from '../templates/render';
import { rankVariants } from '../templates/rotation';
import { nearDuplicate, type NearDuplicate } from '../templates/similarity';
import { templateFromReply } from '../templates/from-reply';
import type { Situation, TemplateLanguage } from '../templates/situations';
import { now } from './common';
import type { TactfulDb } from './db';
import type { Corrupt } from './records';
import { recordReply, responsesForPage, responsesInThread, responsesToPerson, variantUses, type Reply, type ResponseEntry } from './responses';
import { getSettings, type Settings } from './settings';
import { getSource } from './sources';
import { markTemplateUsed, putTemplate, templatesFor, type Template } from './templates';

export interface DraftRequest {
  comment: Pick<Comment, 'platform' | 'authorName' | 'handle'>;
  situation: Situation;
  language: TemplateLanguage;
  /** Page the reply goes on (the post URL), as in the response log. */
  page: string;
  /** The conversation, as in the response log (usually the post's id). */
  thread: string;
  /** What the user typed for `{issue}` / `{timeframe}`, and the source chosen for `{source}`. */
  issue?: string;
  timeframe?: string;
  sourceId?: string;
}

export interface Draft extends Rendered {
  templateId: string;
  title: string;
  /** Index of the variant within its template. */
  variant: number;
  /** Set when the text is too similar to one of the page's recent replies. */
  nearDuplicate?: NearDuplicate;
}

/** How many of a page's latest replies the near-duplicate check compares with. */
export const RECENT_REPLIES = 10;

/** Values for the template variables from the comment, the request and the settings. */
export async function valuesFor(db: TactfulDb, req: Omit<DraftRequest, 'situation' | 'language' | 'page' | 'thread'>, settings: Settings, corrupt: Corrupt[]): Promise<Values> {
  const source = req.sourceId ? await getSource(db, req.sourceId, corrupt) : undefined;
  // Facebook has no @handles (its "handle" is a profile slug or number): people are addressed by their full name.
  const handle = req.comment.platform === 'facebook' ? req.comment.authorName.trim() : req.comment.handle && `@${req.comment.handle}`;
  return {
    name: firstName(req.comment.authorName), handle, issue: req.issue, timeframe: req.timeframe,
    brand: settings.brandName, agent: settings.agentName, source: source?.url,
  };
}

const latestTexts = (entries: readonly ResponseEntry[]): string[] =>
  entries.filter((e) => e.text && e.repliedAt).sort((a, b) => Date.parse(b.repliedAt!) - Date.parse(a.repliedAt!))
    .slice(0, RECENT_REPLIES).map((e) => e.text!);

/**
 * Every variant that fits, best first: show `drafts[0]`; "next variant" is the next element. An empty list means
 * the comment matched no template (offer `saveReplyAsTemplate`).
 */
export async function draftsFor(db: TactfulDb, req: DraftRequest): Promise<{ drafts: Draft[]; corrupt: Corrupt[] }> {
  const corrupt: Corrupt[] = [];
  const settings = await getSettings(db, corrupt);
  const [templates, thread, person, page] = await Promise.all([
    templatesFor(db, req.situation, req.language),
    responsesInThread(db, req.thread),
    responsesToPerson(db, req.comment.platform, req.comment.handle),
    responsesForPage(db, req.page),
  ]);
  corrupt.push(...templates.corrupt, ...thread.corrupt, ...person.corrupt, ...page.corrupt);
  const values = await valuesFor(db, req, settings, corrupt);
  const earlier = latestTexts(page.items);
  const drafts = rankVariants(templates.items, variantUses(thread.items), variantUses(person.items)).map(({ template, variant }) => {
    const rendered = render(template.variants[variant]!, values);
    const similar = nearDuplicate(rendered.text, earlier);
    return { templateId: template.id, title: template.title, variant, ...rendered, ...(similar ? { nearDuplicate: similar } : {}) };
  });
  return { drafts, corrupt };
}

/** Logs a reply that was written into the reply box and counts the template's use. */
export async function logReply(db: TactfulDb, reply: Reply): Promise<ResponseEntry> {
  const entry = await recordReply(db, reply);
  if (entry.templateId) await markTemplateUsed(db, entry.templateId, entry.repliedAt!);
  return entry;
}

/** Saves a reply the user wrote for an unmatched comment as a new template, names turned back into variables. */
export async function saveReplyAsTemplate(
  db: TactfulDb,
  req: Omit<DraftRequest, 'page' | 'thread'> & { reply: string; title?: string },
): Promise<Template> {
  const settings = await getSettings(db);
  const values = await valuesFor(db, req, settings, []);
  const at = now();
  return putTemplate(db, {
    id: `user-${crypto.randomUUID()}`, situation: req.situation, language: req.language, title: req.title ?? '',
    variants: [templateFromReply(req.reply, values)], tags: ['from-reply'], created: at, lastReviewed: at, timesUsed: 0,
  });
}
