import type { TranscriptSegment } from '../transport/voice-transport';

/** A line of the transcript as shown: one per segment, in the order segments started. */
export interface TranscriptLine {
  id: string;
  speaker: 'user' | 'agent';
  text: string;
  final: boolean;
}

/**
 * Folds a segment into the transcript: an interim segment is replaced by its later versions
 * and by its final text, in place; a new segment becomes a new line. A late interim version
 * never overwrites a final text, and empty interim segments are not shown.
 */
export function mergeSegment(
  lines: TranscriptLine[],
  segment: TranscriptSegment,
): TranscriptLine[] {
  const index = lines.findIndex((line) => line.id === segment.id);
  if (index === -1) {
    if (!segment.final && segment.text.trim() === '') return lines;
    if (segment.final && segment.text.trim() === '') return lines;
    return [...lines, { ...segment }];
  }
  const current = lines[index] as TranscriptLine;
  if (current.final && !segment.final) return lines;
  if (current.text === segment.text && current.final === segment.final) return lines;
  const next = [...lines];
  if (segment.final && segment.text.trim() === '') {
    next.splice(index, 1);
    return next;
  }
  next[index] = { ...current, text: segment.text, final: segment.final };
  return next;
}
