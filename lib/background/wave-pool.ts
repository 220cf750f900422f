/**
 * Waves across the threads Tactful saw: the worker keeps, for a day after seeing it, each comment's fingerprint
 * (hashed words, author id, time — never its text) and finds the same or nearly the same text from ≥ 3 accounts with waves.ts's
 * own rule (`copies`, ≥ 3 accounts). Bounded: at most MAX_POOL comments, the oldest go first. The pool is kept in
 * IndexedDB (`sightings`) because the MV3 worker is stopped whenever it idles; MinHash band buckets in memory find
 * a new comment's candidates, and only the comments linked to it are followed, never the whole pool.
 */
import { bandKeys, copies, fingerprint, WAVE_MIN_ACCOUNTS } from '../scoring/waves';
import type { WaveSighting } from '../store/sightings';
import type { Platform } from '../sites/site-adapter';

export const MAX_POOL = 5_000;
const DAY_MS = 86_400_000;
/**
 * Buckets are kept per size class too (sizes a factor 1.25 apart): two sets 80 % alike differ in size by at most that
 * factor, so a comment looks only in its own class and the two beside it. Common words put thousands of unrelated
 * comments into one band's bucket; the classes keep most of them out of the way.
 */
const sizeClass = (words: ReadonlySet<string>): number => Math.floor(Math.log(words.size) / Math.log(1.25));
/** Bands of 4 of 32 hashes: comments sharing only common words rarely meet (waves.ts bandKeys); a wave is found
 * through any of its members, so a member missed by one pair is still reached through the others. */
const bands = (words: ReadonlySet<string>): string[] => bandKeys(words, 32, 4);

/** Which wave a comment is in: `key` names the wave (its earliest comment), with its size in comments and accounts. */
export interface WaveTag {
  key: string;
  comments: number;
  accounts: number;
}

export interface PoolItem {
  /** `${platform}:${commentId}`. */
  id: string;
  platform: Platform;
  author?: string;
  /** Epoch ms: the comment's own time, or when first seen. */
  at: number;
  text: string;
}

export interface PoolStore {
  load(since: Date): Promise<WaveSighting[]>;
  save(add: readonly WaveSighting[], drop: readonly string[]): Promise<void>;
}

interface Entry {
  sighting: WaveSighting;
  /** The comment's time (the 24-hour window between copies). */
  time: number;
  /** When it was seen (kept a day from then). */
  seen: number;
  words: Set<string>;
  bands: string[];
}

export class WavePool {
  private entries?: Map<string, Entry>;
  private loading?: Promise<Map<string, Entry>>;
  private buckets = new Map<string, Set<string>>();
  private tags = new Map<string, WaveTag>();
  private members = new Map<string, Set<string>>();

  constructor(private readonly store: PoolStore, private readonly now: () => number = Date.now, private readonly max = MAX_POOL) {}

  /** The wave a pooled comment is in, as last computed. */
  tag(id: string): WaveTag | undefined {
    return this.tags.get(id);
  }

  /**
   * Pools these comments and recomputes the waves they touch. Returns the tag of each of `items` and of every other
   * pooled comment whose tag changed (undefined: no longer in a wave), by id.
   */
  async see(items: readonly PoolItem[]): Promise<Map<string, WaveTag | undefined>> {
    const entries = await this.load();
    const added: WaveSighting[] = [];
    const touched = new Set<string>();
    for (const item of items) {
      const words = fingerprint(item.text);
      const keys = bands(words);
      // A comment sent again (a re-read page) keeps when it was first seen.
      const prev = entries.get(item.id);
      const time = prev ? Math.min(prev.time, item.at) : item.at, seen = prev?.seen ?? this.now();
      this.remove(item.id);
      if (!keys.length) continue; // too short to be copied rather than the same by chance
      const sighting: WaveSighting = { id: item.id, platform: item.platform, at: new Date(time).toISOString(), seenAt: new Date(seen).toISOString(),
        words: [...words], ...(item.author ? { author: item.author } : {}) };
      this.add({ sighting, time, seen, words, bands: keys });
      added.push(sighting);
      touched.add(item.id);
    }
    const dropped = this.trim();
    const changed = this.recompute(touched);
    const out = new Map<string, WaveTag | undefined>();
    for (const item of items) out.set(item.id, this.tags.get(item.id));
    for (const id of changed) if (!out.has(id)) out.set(id, this.tags.get(id));
    await this.store.save(added.filter((s) => entries.has(s.id)), dropped).catch(() => undefined); // a cache: losing it loses only cross-thread recall
    return out;
  }

  /** Forgets an author's comments (a person forgotten by the user). */
  forget(author: string): void {
    for (const [id, e] of this.entries ?? []) if (e.sighting.author === author) this.remove(id);
  }

  private load(): Promise<Map<string, Entry>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= this.store.load(new Date(this.now() - DAY_MS)).catch(() => []).then((stored) => {
      this.entries = new Map();
      for (const sighting of stored) {
        const words = new Set(sighting.words);
        this.add({ sighting, time: Date.parse(sighting.at), seen: Date.parse(sighting.seenAt), words, bands: bands(words) });
      }
      this.recompute(new Set(this.entries.keys()));
      return this.entries;
    });
    return this.loading;
  }

  private add(e: Entry): void {
    this.entries!.set(e.sighting.id, e);
    const c = sizeClass(e.words);
    for (const b of e.bands) {
      const bucket = this.buckets.get(`${b}|${c}`) ?? new Set<string>();
      bucket.add(e.sighting.id);
      this.buckets.set(`${b}|${c}`, bucket);
    }
  }

  private remove(id: string): void {
    const e = this.entries?.get(id);
    if (!e) return;
    this.entries!.delete(id);
    const c = sizeClass(e.words);
    for (const b of e.bands) {
      const bucket = this.buckets.get(`${b}|${c}`);
      bucket?.delete(id);
      if (bucket && !bucket.size) this.buckets.delete(`${b}|${c}`);
    }
  }

  /** The comments that may be copies of `e`: in one of its band buckets, of a size class beside its own. */
  private *neighbours(e: Entry): Generator<string> {
    const c = sizeClass(e.words);
    for (const b of e.bands) for (let k = c - 1; k <= c + 1; k++) yield* this.buckets.get(`${b}|${k}`) ?? [];
  }

  /** Drops comments seen more than a day ago and, past the bound, those seen first; returns their ids. */
  private trim(): string[] {
    const cutoff = this.now() - DAY_MS;
    const old = [...this.entries!.values()].filter((e) => e.seen < cutoff).map((e) => e.sighting.id);
    const over = this.entries!.size - old.length - this.max;
    if (over > 0) {
      const gone = new Set(old);
      old.push(...[...this.entries!.values()].filter((e) => !gone.has(e.sighting.id)).sort((a, b) => a.seen - b.seen).slice(0, over).map((e) => e.sighting.id));
    }
    for (const id of old) this.remove(id);
    return old;
  }

  /**
   * Recomputes the waves around `touched` and the waves they were in: each group of copies (waves.ts's `copies`),
   * followed from comment to comment through the band buckets, is a wave with ≥ WAVE_MIN_ACCOUNTS accounts.
   * Returns the ids whose tag changed.
   */
  private recompute(touched: ReadonlySet<string>): Set<string> {
    const seeds = new Set(touched);
    const formerly = (id: string) => { for (const m of this.members.get(this.tags.get(id)?.key ?? '') ?? []) seeds.add(m); };
    for (const id of touched) formerly(id);
    for (const id of this.tags.keys()) if (!this.entries!.has(id)) formerly(id); // gone: its wave may shrink
    const next = new Map<string, WaveTag>();
    const seen = new Set<string>();
    for (const seed of seeds) {
      if (seen.has(seed) || !this.entries!.has(seed)) continue;
      const group = this.group(seed, seen);
      const accounts = new Set(group.map((e, i) => e.sighting.author ?? `#${i}`)).size;
      if (accounts < WAVE_MIN_ACCOUNTS) continue;
      group.sort((a, b) => a.time - b.time || a.sighting.id.localeCompare(b.sighting.id));
      const tag = { key: group[0]!.sighting.id, comments: group.length, accounts };
      for (const e of group) next.set(e.sighting.id, tag);
    }
    const changed = new Set<string>();
    for (const id of new Set([...seeds, ...seen])) {
      const before = this.tags.get(id), after = next.get(id);
      if (JSON.stringify(before) !== JSON.stringify(after)) changed.add(id);
      if (before) this.members.get(before.key)?.delete(id);
      if (after) {
        this.tags.set(id, after);
        this.members.set(after.key, (this.members.get(after.key) ?? new Set()).add(id));
      } else this.tags.delete(id);
    }
    for (const [key, set] of this.members) if (!set.size) this.members.delete(key);
    return changed;
  }

  /** Every comment linked to `from` by copies, through the buckets (marked in `seen`). */
  private group(from: string, seen: Set<string>): Entry[] {
    const out: Entry[] = [];
    const queue = [from];
    seen.add(from);
    while (queue.length) {
      const e = this.entries!.get(queue.pop()!)!;
      out.push(e);
      for (const id of this.neighbours(e)) {
        if (seen.has(id)) continue;
        const other = this.entries!.get(id)!;
        if (!copies(e.words, other.words, e.time, other.time)) continue;
        seen.add(id);
        queue.push(id);
      }
    }
    return out;
  }
}
