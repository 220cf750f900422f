/**
 * Drafts for a comment: the guide's templates for its situation and language, rotated per thread and person,
 * personalised from the comment and settings, and checked against the page's recent replies.
 */
import type { Comment } from '../sites/site-adapter';
import { factsFrom } from '../templates/facts';
import { fit, fitting } from '../templates/fit';
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
  /** The comment answered; its text gives the facts (order number, product, place) a draft can use. */
  comment: Pick<Comment, 'platform' | 'authorName' | 'handle'> & { text?: string };
  situation: Situation;
  language: TemplateLanguage;
  /** Page the reply goes on (the post URL), as in the response log. */
  page: string;
  /** The conversation, as in the response log (usually the post's id). */
  thread: string;
  /** What the person replying typed or corrected ({issue}, {answer}, {timeframe}, a fact); blank = still to fill. */
  fill?: Values;
  /** The fact-check source chosen for `{source}` and `{claim}`. */
  sourceId?: string;
}

export interface Draft extends Rendered {
  templateId: string;
  title: string;
  /** Index of the variant within its template. */
  variant: number;
  /** The variant as written in the guide, and every value known for it, so the panel can re-render as the user types. */
  template: string;
  values: Values;
  /** Set when the text is too similar to one of the page's recent replies. */
  nearDuplicate?: NearDuplicate;
}

/** How many of a page's latest replies the near-duplicate check compares with. */
export const RECENT_REPLIES = 10;

/** Values for the template variables from the comment, its facts, the settings, the source and what the user typed. */
export async function valuesFor(db: TactfulDb, req: Omit<DraftRequest, 'situation' | 'language' | 'page' | 'thread'>, settings: Settings, corrupt: Corrupt[]): Promise<Values> {
  const source = req.sourceId ? await getSource(db, req.sourceId, corrupt) : undefined;
  // Facebook has no @handles (its "handle" is a profile slug or number): people are addressed by their full name.
  const handle = req.comment.platform === 'facebook' ? req.comment.authorName.trim() : req.comment.handle && `@${req.comment.handle}`;
  return {
    name: firstName(req.comment.authorName), handle, ...factsFrom(req.comment.text ?? ''),
    // The claim is quoted mid-sentence ("“Our jackets are fake leather” is a common mix-up"): no full stop of its own.
    brand: settings.brandName, agent: settings.agentName, source: source?.url, claim: source?.claim.replace(/[\s.!?]+$/u, ''),
    ...req.fill,
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
  const text = ({ template, variant }: { template: Template; variant: number }) => template.variants[variant]!;
  const ranked = rankVariants(templates.items, variantUses(thread.items), variantUses(person.items), (c) => fit(text(c), values) ?? -1);
  const drafts = fitting(ranked, text, values).map(({ template, variant }) => {
    const rendered = render(template.variants[variant]!, values);
    const similar = nearDuplicate(rendered.text, earlier);
    return { templateId: template.id, title: template.title, variant, template: template.variants[variant]!, values, ...rendered,
      ...(similar ? { nearDuplicate: similar } : {}) };
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
