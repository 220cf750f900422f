/** The official metrics of the evaluation sets (as in cardiffnlp/tweeteval's evaluation_script.py). */

export function confusion(gold: readonly number[], pred: readonly number[], classes: number): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  gold.forEach((g, i) => m[g]![pred[i]!]!++);
  return m;
}

function perClass(m: number[][]): { precision: number; recall: number; f1: number }[] {
  return m.map((row, c) => {
    const tp = row[c]!;
    const predicted = m.reduce((s, r) => s + r[c]!, 0);
    const actual = row.reduce((s, v) => s + v, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
}

export const macroF1 = (m: number[][]): number => perClass(m).reduce((s, c) => s + c.f1, 0) / m.length;
export const macroRecall = (m: number[][]): number => perClass(m).reduce((s, c) => s + c.recall, 0) / m.length;
export const f1Of = (m: number[][], c: number): number => perClass(m)[c]!.f1;
export const accuracy = (m: number[][]): number => m.reduce((s, r, i) => s + r[i]!, 0) / m.flat().reduce((s, v) => s + v, 0);

export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}
