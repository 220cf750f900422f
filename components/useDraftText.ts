import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Desk, Draft, DraftRequest } from '@/lib/panel/desk';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { missingMark, render, type Values } from '@/lib/templates/render';
import type { Variable } from '@/lib/templates/situations';

/** Fills the marks of `variables` still in a text the user edited, leaving everything they wrote alone. */
function fillGaps(text: string, values: Values, variables: readonly Variable[]): string {
  return variables.reduce((out, v) => (values[v]?.trim() ? out.split(missingMark(v)).join(values[v].trim()) : out), text);
}

/** The variables the chosen fact-check source fills. */
export const SOURCE_VARIABLES: readonly Variable[] = ['source', 'claim'];

export interface DraftText {
  draft?: Draft;
  /** Every value known: the draft's (comment, settings, source) with what the user typed on top. */
  values: Values;
  text: string;
  /** The user edited the text itself. */
  edit(text: string): void;
  /** A field was left: its value fills its gaps in an edited text. */
  commit(v: Variable, value: string): void;
}

/**
 * The draft's text: rendered from the template as fields are typed until the user edits it; then fields only fill
 * the gaps still in it. Both are kept with the request they belong to, so while another situation, language or
 * variant loads, nothing from the previous one is shown (or inserted). A source picked later fills its gaps.
 */
export function useDraftText(desk: Desk, item: ScoredComment, pageUrl: string, request: DraftRequest, fill: Values): DraftText {
  const key = `${request.situation}|${request.language}|${request.step}`;
  const [loaded, setLoaded] = useState<{ key: string; draft: Draft }>();
  const [own, setOwn] = useState<{ key: string; text: string }>();
  const draft = loaded?.key === key ? loaded.draft : undefined;
  const refill = (values: Values, variables: readonly Variable[]) =>
    setOwn((o) => (o?.key === key ? { key, text: fillGaps(o.text, values, variables) } : o));

  useEffect(() => {
    let alive = true;
    void desk.draft(item, pageUrl, request).then((d) => {
      if (!alive) return;
      setLoaded({ key, draft: d });
      refill(d.values ?? {}, SOURCE_VARIABLES);
    });
    return () => { alive = false; };
  }, [item.comment.id, key, request.sourceId]);

  const values = { ...draft?.values, ...fill };
  const rendered = useMemo(() => (draft?.template === undefined ? draft?.text ?? '' : render(draft.template, values).text), [draft, fill]);
  return {
    draft, values, text: own?.key === key ? own.text : rendered,
    edit: (text) => setOwn({ key, text }),
    commit: (v, value) => refill({ [v]: value }, [v]),
  };
}
