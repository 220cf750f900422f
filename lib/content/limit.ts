import { clip, LIMITS } from '../limits';
import type { Comment } from '../sites/site-adapter';
import { platformUrl } from '../urls';

/**
 * A comment as read from a page, brought within the limits: long text and names are cut (`truncated` set),
 * addresses that are not https on the platform's own hosts are dropped, an unusable time is left out. Null when
 * the comment has no usable id (it could not be deduplicated or answered).
 */
export function limitComment(c: Comment): Comment | null {
  if (!c.id || c.id.length > LIMITS.id) return null;
  const text = clip(c.text, LIMITS.text);
  const authorName = clip(c.authorName, LIMITS.name);
  const handle = clip(c.handle, LIMITS.handle);
  const timeText = clip(c.timeText, LIMITS.timeText);
  const limited: Comment = {
    ...c,
    authorName: authorName.text,
    handle: handle.text,
    text: text.text,
    timeText: timeText.text,
    truncated: c.truncated || text.cut || authorName.cut || handle.cut,
    permalink: platformUrl(c.platform, c.permalink) ?? '',
    profileUrl: platformUrl(c.platform, c.profileUrl) ?? '',
    depth: Math.min(Math.max(0, Math.trunc(c.depth) || 0), LIMITS.depth),
  };
  // One copy, not a rest and a spread (asked for every comment of a scan, bench:dom); a field left empty or
  // unusable is taken out only when it is there.
  if ('time' in limited && !(c.time && c.time.length <= LIMITS.time)) delete limited.time;
  if ('parentId' in limited && !(c.parentId && c.parentId.length <= LIMITS.id)) delete limited.parentId;
  return limited;
}
