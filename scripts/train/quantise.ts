import type { ModelFile } from '../../lib/scoring/model';
import type { Head } from './logreg';

/** int8 per column; the scale keeps the 99.99th percentile weight representable and clips the rest. */
export function quantise(heads: Head[], bits: number): Pick<ModelFile, 'scale' | 'bias' | 'dense' | 'weights'> {
  const cols: { head: Head; c: number }[] = heads.flatMap((head) => Array.from({ length: head.k }, (_, c) => ({ head, c })));
  const n = 1 << bits;
  const out = new Int8Array(n * cols.length);
  const scale = cols.map(({ head, c }) => {
    const abs = Array.from({ length: n }, (_, i) => Math.abs(head.w[i * head.k + c]!)).sort((a, b) => a - b);
    return Math.max(abs[Math.floor(n * 0.9999)]!, 1e-6) / 127;
  });
  cols.forEach(({ head, c }, col) => {
    for (let i = 0; i < n; i++) out[i * cols.length + col] = Math.max(-127, Math.min(127, Math.round(head.w[i * head.k + c]! / scale[col]!)));
  });
  const dense = cols.flatMap(({ head, c }) => {
    const D = head.dense.length / head.k;
    return Array.from(head.dense.subarray(c * D, (c + 1) * D));
  });
  return {
    scale,
    bias: cols.map(({ head, c }) => head.bias[c]!),
    dense: dense.map((v) => Math.round(v * 1e4) / 1e4),
    weights: Buffer.from(out.buffer).toString('base64'),
  };
}

