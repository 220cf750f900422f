/**
 * The worker's judgement with context: it scores a page's comments with what the person memory knows of their
 * authors, the waves across threads, their thread (a follow-up to the owner's reply, on the page or through Tactful)
 * and what it learned from the user's decisions; it records what it saw and
 * what the user decided; and when any of that changes, it rescores the comments it holds and tells the pages
 * (badges) and panels. Storage failures never stop scoring: without the database a comment is judged alone.
 */
import type { Comment } from '../sites/site-adapter';
import type { AdapterHealth } from '../sites/site-adapter';
import type { Assessment, TakenAction } from '../scoring/assessment';
import type { ScoredComment } from '../messaging/protocol';
import type { PageSender } from '../messaging/senders';
import { assessBatch, decisionExample } from '../scoring/score';
import { emptyLayer, type PersonalLayer } from '../scoring/personal';
import { personId, type Person } from '../people/person';
import {
  applyPeopleRetention, applyRetention, forgetPerson, forgetSightings, getPeople, learnDecision, learningStatus, loadSightings,
  loggedReplies, notePeople, notePersonDecision, peopleWithEvidence, personalLayer, resetLearning, responsesForPage, saveSightings, undoLastDecision,
  type LearningStatus, type Settings, type TactfulDb,
} from '../store';
import { isVoice, PERSON_DECISION, poolId, poolItem, restsOnContext, scoreInput, seenOf, withBatch } from './context';
import { threadContext, type LoggedReply, type ThreadContext } from '../thread/answered';
import type { TabRegistry } from './tab-registry';
import { WavePool, type WaveTag } from './wave-pool';

export interface JudgeDeps {
  registry: TabRegistry;
  guide: Promise<TactfulDb>;
  settings: { get(): Promise<Settings> };
  /** A tab's comments were rescored: re-badge them on the page and refresh its panels. */
  rescored(tabId: number, changed: ScoredComment[]): void;
  now?: () => number;
}

const log = (what: string) => (e: unknown) => console.error(`Tactful: ${what}`, e);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export class Judge {
  private layerCache?: Promise<PersonalLayer>;
  private readonly pool: WavePool;
  private readonly now: () => number;

  constructor(private readonly d: JudgeDeps) {
    this.now = d.now ?? Date.now;
    this.pool = new WavePool({
      load: async (since) => loadSightings(await d.guide, since),
      save: async (add, drop) => saveSightings(await d.guide, add, drop),
    }, this.now);
  }

  /** Scores a page's batch with its context and keeps it for the tab. */
  async score(page: PageSender, reset: boolean, comments: Comment[], health: AdapterHealth): Promise<{ assessments: Assessment[]; resync: boolean }> {
    const s = await this.d.settings.get();
    const now = this.now();
    const voices = comments.filter(isVoice);
    const [people, waves, layer, known, logged] = await Promise.all([this.people(voices), this.pool.see(voices.map((c) => poolItem(c, now))).catch(() => new Map<string, WaveTag | undefined>()), this.layer(),
      reset ? undefined : this.d.registry.state(page.tabId), this.logged(page.url)]);
    // The batch is judged in its thread: the tab's comments so far (an owner reply read earlier) and this batch.
    const thread = threadContext(withBatch(known?.comments.map((x) => x.comment) ?? [], comments), logged);
    const assessments = this.assess(comments, people, (c) => waves.get(poolId(c)), s, layer, thread);
    const { resync, firstSeen } = await this.d.registry.ingest(page.tabId, { url: page.url, platform: page.platform, reset, health },
      comments.map((comment, i) => ({ comment, assessment: assessments[i]!, ...(waves.get(poolId(comment)) ? { wave: waves.get(poolId(comment)) } : {}) })));
    await this.remember(comments.flatMap((c, i) => (isVoice(c) ? [seenOf(c, assessments[i]!, firstSeen.get(c.id) ?? now)] : [])));
    // Comments elsewhere (other tabs, earlier batches) that joined or grew a wave with this batch.
    const batch = new Set(comments.map(poolId));
    const grown = new Set([...waves.keys()].filter((id) => !batch.has(id)));
    if (grown.size) void this.rescore((x) => grown.has(poolId(x.comment))).catch(log('rescoring a wave failed'));
    // An owner reply read now makes comments read before it follow-ups (infinite scroll, "View replies").
    const follow = comments.some((c) => c.byOwner && !c.isPost) ? [...thread.followUps.keys()].filter((id) => !batch.has(poolId({ platform: page.platform, id }))) : [];
    if (follow.length) void this.rescore((x) => x.comment.platform === page.platform && follow.includes(x.comment.id)).catch(log('rescoring follow-ups failed'));
    return { assessments, resync };
  }

  /** The user took `taken` on a comment: remember it, learn from it when it overruled the recommendation, rescore. */
  async decided(tabId: number, commentId: string, taken: TakenAction): Promise<{ learned: boolean } | undefined> {
    const scored = (await this.d.registry.state(tabId))?.comments.find((x) => x.comment.id === commentId);
    if (!scored) return undefined;
    const { comment, assessment } = scored;
    const db = await this.d.guide;
    const at = new Date(this.now()).toISOString();
    if (isVoice(comment)) await notePersonDecision(db, seenOf(comment, assessment, scored.firstSeen), PERSON_DECISION[taken], at);
    const chosen = taken === 'block' ? 'mute' : taken; // blocking is the model's mute, made stronger
    const learned = chosen !== assessment.action && !restsOnContext(assessment);
    if (learned) {
      await learnDecision(db, poolId(comment), decisionExample(comment.text, assessment.action, chosen), at);
      this.layerCache = undefined;
    }
    // The comment decided on keeps the recommendation it was decided against (its card stays where it is); the
    // others follow what changed: every comment when the judgement learned, else the same person's.
    const who = personId(comment);
    await this.rescore((x) => x.comment.id !== commentId && (learned || personId(x.comment) === who));
    return { learned };
  }

  async learning(op: 'status' | 'undo' | 'reset'): Promise<LearningStatus> {
    const db = await this.d.guide;
    if (op === 'status') return learningStatus(db);
    const status = await (op === 'undo' ? undoLastDecision(db) : resetLearning(db));
    this.layerCache = undefined;
    await this.rescore();
    return status;
  }

  /** Forgets a person: their memory and their comments' fingerprints. */
  async forget(person: string): Promise<void> {
    const db = await this.d.guide;
    await Promise.all([forgetPerson(db, person), forgetSightings(db, person)]);
    this.pool.forget(person);
    await this.rescore();
  }

  /** Retention on start and when settings change: old evidence (as recorded deletions), people without evidence. */
  async retain(): Promise<void> {
    const db = await this.d.guide;
    const s = await this.d.settings.get();
    await applyRetention(db, s.evidenceRetentionDays);
    await applyPeopleRetention(db, s.peopleRetentionDays, await peopleWithEvidence(db));
  }

  /** Rescores the comments `which` picks (all by default) in every tab this worker holds; tells what changed. */
  async rescore(which: (s: ScoredComment) => boolean = () => true): Promise<void> {
    const s = await this.d.settings.get();
    const layer = await this.layer();
    const now = this.now();
    for (const tabId of await this.d.registry.allTabIds()) {
      const state = await this.d.registry.state(tabId);
      const targets = state?.comments.filter(which) ?? [];
      if (!state || !targets.length) continue;
      const comments = targets.map((x) => x.comment);
      const thread = threadContext(state.comments.map((x) => x.comment), await this.logged(state.url));
      const people = await this.people(comments.filter(isVoice));
      const waveOf = (c: Comment) => this.pool.tag(poolId(c));
      const fresh = new Map(this.assess(comments, people, waveOf, s, layer, thread).map((a, i) => [comments[i]!.id, { a, text: comments[i]!.text }]));
      const changed = await this.d.registry.revise(tabId, (x) => {
        const next = fresh.get(x.comment.id);
        const wave = waveOf(x.comment);
        if (!next || next.text !== x.comment.text || (same(next.a, x.assessment) && same(wave, x.wave))) return undefined;
        const { wave: _old, ...rest } = x;
        return { ...rest, assessment: next.a, ...(wave ? { wave } : {}) };
      });
      if (!changed.length) continue;
      await this.remember(changed.filter((x) => isVoice(x.comment)).map((x) => seenOf(x.comment, x.assessment, x.firstSeen)), { knownOnly: true });
      this.d.rescored(tabId, changed);
    }
  }

  private assess(comments: Comment[], people: ReadonlyMap<string, Person>, waveOf: (c: Comment) => WaveTag | undefined, s: Settings, layer: PersonalLayer, thread: ThreadContext): Assessment[] {
    const now = this.now();
    return assessBatch(comments.map((c) => scoreInput(c, people, isVoice(c) ? waveOf(c) : undefined, now, s, thread)), s.thresholds, layer.n ? { personal: layer } : undefined);
  }

  /** The replies the response log says went out through Tactful on a page (none when the database fails). */
  private async logged(page: string): Promise<Map<string, LoggedReply>> {
    return this.d.guide.then((db) => responsesForPage(db, page)).then((r) => loggedReplies(r.items)).catch(() => new Map());
  }

  private async people(comments: Comment[]): Promise<Map<string, Person>> {
    const ids = comments.flatMap((c) => personId(c) ?? []);
    if (!ids.length) return new Map();
    return this.d.guide.then((db) => getPeople(db, ids)).catch(() => new Map());
  }

  private async remember(seen: ReturnType<typeof seenOf>[], options?: { knownOnly: boolean }): Promise<void> {
    if (!seen.length) return;
    await this.d.guide.then((db) => notePeople(db, seen, options)).catch(log('the person memory could not be written'));
  }

  private layer(): Promise<PersonalLayer> {
    this.layerCache ??= this.d.guide.then(personalLayer).catch(() => emptyLayer());
    return this.layerCache;
  }
}
