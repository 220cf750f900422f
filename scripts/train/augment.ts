/**
 * Training-only copies of written spam with a link added. The corpus writers avoided real-looking URLs (only
 * 4 of 2,000 mute items carry one), while on real pages a link is the commonest sign of spam; without these
 * the model never learned what a link means. Seeded: the same corpus gives the same copies. Each copy counts
 * half, and stays in the split of its original (only train items are copied).
 */
import type { CorpusItem } from '../data/actions-corpus';
import { mulberry32 } from './logreg';
import { SEED } from './settings';

const HOSTS = ['bit.ly', 'tinyurl.com', 'linktr.ee', 't.me', 'wa.me', 'cutt.ly', 'rb.gy', 'shorturl.at'];
const WORDS = ['promo', 'gift', 'win', 'deal', 'vip', 'cash', 'crypto', 'followers', 'free', 'bonus', 'music', 'shop', 'offer', 'glow', 'star'];
const TLDS = ['com', 'net', 'shop', 'xyz', 'online', 'site', 'nl', 'info', 'store'];

export function withLinks(items: readonly CorpusItem[]): CorpusItem[] {
  const rand = mulberry32(SEED + 99);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const code = () => Math.floor(rand() * 36 ** 5).toString(36);
  const link = () => {
    const r = rand();
    if (r < 0.4) return `${rand() < 0.5 ? 'https://' : ''}${pick(HOSTS)}/${code()}`;
    if (r < 0.8) return `${rand() < 0.5 ? 'www.' : ''}${pick(WORDS)}-${pick(WORDS)}.${pick(TLDS)}`;
    return `http://${pick(WORDS)}${Math.floor(rand() * 99)}.${pick(TLDS)}/${code()}`;
  };
  return items.filter((x) => x.action === 'mute').map((x) => ({ ...x, text: rand() < 0.7 ? `${x.text} ${link()}` : `${link()} ${x.text}` }));
}
