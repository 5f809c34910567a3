import { useEffect, useRef } from 'react';
import type { TranscriptLine } from '../conversation/transcript';
import { fr } from '../lib/messages';

/** The live transcript of both sides; follows the newest line. */
export function Transcript({ lines, agentName }: { lines: TranscriptLine[]; agentName: string }) {
  const box = useRef<HTMLDivElement>(null);
  const last = lines.at(-1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the last line grows
  useEffect(() => {
    // Scroll the transcript itself, never the page (the user may be reading the cart).
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [lines.length, last?.text]);
  return (
    <section className="card transcript" aria-label={fr.transcript}>
      <h2 className="card__title">{fr.transcript}</h2>
      <div ref={box} className="transcript__lines" data-testid="transcript" aria-live="polite">
        {lines.length === 0 && <p className="muted">{fr.transcriptEmpty}</p>}
        {lines.map((line) => (
          <div
            key={line.id}
            className={`bubble bubble--${line.speaker}${line.final ? '' : ' bubble--interim'}`}
            data-testid="transcript-line"
            data-speaker={line.speaker}
            data-final={line.final}
          >
            <span className="bubble__who">{line.speaker === 'user' ? fr.you : agentName}</span>
            <span className="bubble__text">{line.text}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
