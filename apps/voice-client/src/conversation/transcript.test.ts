import { describe, expect, it } from 'vitest';
import type { TranscriptSegment } from '../transport/voice-transport';
import { mergeSegment, type TranscriptLine } from './transcript';

const fold = (segments: TranscriptSegment[]) =>
  segments.reduce<TranscriptLine[]>((lines, segment) => mergeSegment(lines, segment), []);

describe('mergeSegment', () => {
  it('replaces interim versions of a segment in place, then its final text', () => {
    const lines = fold([
      { id: 'a1', speaker: 'agent', text: 'Bonjour', final: false },
      { id: 'u1', speaker: 'user', text: 'Je cherche', final: false },
      { id: 'a1', speaker: 'agent', text: 'Bonjour et bienvenue', final: true },
      { id: 'u1', speaker: 'user', text: 'Je cherche un rouge', final: false },
      { id: 'u1', speaker: 'user', text: 'Je cherche un rouge.', final: true },
    ]);
    expect(lines).toEqual([
      { id: 'a1', speaker: 'agent', text: 'Bonjour et bienvenue', final: true },
      { id: 'u1', speaker: 'user', text: 'Je cherche un rouge.', final: true },
    ]);
  });

  it('never lets a late interim version overwrite a final text', () => {
    const lines = fold([
      { id: 'u1', speaker: 'user', text: 'Un blanc sec.', final: true },
      { id: 'u1', speaker: 'user', text: 'Un bl', final: false },
    ]);
    expect(lines).toEqual([{ id: 'u1', speaker: 'user', text: 'Un blanc sec.', final: true }]);
  });

  it('does not show empty segments, and drops a line whose final text is empty', () => {
    expect(fold([{ id: 'u1', speaker: 'user', text: '  ', final: false }])).toEqual([]);
    expect(
      fold([
        { id: 'u1', speaker: 'user', text: 'euh', final: false },
        { id: 'u1', speaker: 'user', text: '', final: true },
      ]),
    ).toEqual([]);
  });

  it('returns the same array when nothing changed (no needless re-render)', () => {
    const lines = fold([{ id: 'a1', speaker: 'agent', text: 'Bonjour', final: false }]);
    expect(mergeSegment(lines, { id: 'a1', speaker: 'agent', text: 'Bonjour', final: false })).toBe(
      lines,
    );
  });
});
