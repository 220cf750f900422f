/** A reply sent earlier with a template variant, as the response log remembers it. */
export interface VariantUse {
  templateId: string;
  variant: number;
  /** ISO time the reply was written. */
  at: string;
}

export interface Rotatable {
  id: string;
  variants: readonly string[];
  timesUsed: number;
}

export interface Choice<T extends Rotatable> {
  template: T;
  variant: number;
}

const key = (templateId: string, variant: number) => `${variant}\u0000${templateId}`;

function lastUses(uses: readonly VariantUse[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const u of uses) {
    const t = Date.parse(u.at);
    const k = key(u.templateId, u.variant);
    if (!(t <= (last.get(k) ?? -Infinity))) last.set(k, t);
  }
  return last;
}

/**
 * Every variant of the candidate templates, best first: a variant never used in this thread or for this person
 * comes before one that was, and among used ones the longest-ago wins. So two people in one thread get different
 * text as long as there are variants left, and one person never sees the same reply twice in a row. Ties go to
 * the least used template, then to the guide's own order, so the choice is stable.
 */
export function rankVariants<T extends Rotatable>(
  templates: readonly T[],
  usedInThread: readonly VariantUse[],
  usedForPerson: readonly VariantUse[],
  /** Among variants equally fresh, a higher weight comes first (e.g. one that uses more of the comment's facts). */
  weight: (choice: Choice<T>) => number = () => 0,
): Choice<T>[] {
  const thread = lastUses(usedInThread);
  const person = lastUses(usedForPerson);
  const ranked = templates.flatMap((template, t) =>
    template.variants.map((_, variant) => {
      const k = key(template.id, variant);
      const recent = Math.max(thread.get(k) ?? -Infinity, person.get(k) ?? -Infinity);
      const choice = { template, variant };
      return { choice, recent, weight: weight(choice), timesUsed: template.timesUsed, order: t * 1000 + variant };
    }));
  ranked.sort((a, b) => a.recent - b.recent || b.weight - a.weight || a.timesUsed - b.timesUsed || a.order - b.order);
  return ranked.map((r) => r.choice);
}
