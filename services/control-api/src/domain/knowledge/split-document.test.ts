import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitDocument, TARGET_PASSAGE_CHARS } from './split-document.js';

/** A French sentence of about `length` characters, ending with a full stop. */
function sentence(index: number, length = 120): string {
  const words = `Phrase numéro ${index} sur la conservation du vin en cave fraîche`;
  let text = words;
  while (text.length < length) text += ' et encore quelques mots utiles';
  return `${text}.`;
}

describe('splitDocument (markdown)', () => {
  it('makes one passage per heading, each with its heading path', () => {
    const passages = splitDocument(
      [
        '# Livraison et retrait',
        '',
        'Nous livrons à Lyon.',
        '',
        '## Zones',
        '',
        'Trois zones.',
        '',
        '## Click and collect',
        '',
        'Prêt en 2 heures.',
        '',
        '### Le dimanche',
        '',
        'Prêt le mardi.',
        '',
        '## Questions',
        '',
        'Oui.',
      ].join('\n'),
      'text/markdown',
    );
    expect(passages).toEqual([
      { heading: 'Livraison et retrait', text: 'Nous livrons à Lyon.' },
      { heading: 'Livraison et retrait › Zones', text: 'Trois zones.' },
      { heading: 'Livraison et retrait › Click and collect', text: 'Prêt en 2 heures.' },
      {
        heading: 'Livraison et retrait › Click and collect › Le dimanche',
        text: 'Prêt le mardi.',
      },
      { heading: 'Livraison et retrait › Questions', text: 'Oui.' },
    ]);
  });

  it('joins wrapped lines, keeps list items and table rows on their own lines', () => {
    const [passage] = splitDocument(
      [
        '## Tarifs',
        'Le tarif dépend',
        'de la zone :',
        '',
        '- zone 1 : 7,90 €',
        '- zone 2 : 12,90 €',
        '  (hors Lyon)',
        '',
        '| Zone | Tarif |',
        '|---|---|',
        '| 1 | 7,90 € |',
      ].join('\n'),
      'text/markdown',
    );
    expect(passage).toEqual({
      heading: 'Tarifs',
      text: [
        'Le tarif dépend de la zone :',
        '',
        '- zone 1 : 7,90 €\n- zone 2 : 12,90 € (hors Lyon)',
        '',
        '| Zone | Tarif |\n|---|---|\n| 1 | 7,90 € |',
      ].join('\n'),
    });
  });

  it('cuts a long section on paragraph boundaries into passages of about the target size', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => sentence(i, 250));
    const passages = splitDocument(
      `## Conservation\n\n${paragraphs.join('\n\n')}`,
      'text/markdown',
    );
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) {
      expect(passage.heading).toBe('Conservation');
      expect(passage.text.length).toBeLessThanOrEqual(TARGET_PASSAGE_CHARS);
    }
    // Every paragraph is whole in exactly one passage, in order.
    const rejoined = passages.map((passage) => passage.text).join('\n\n');
    expect(rejoined).toBe(paragraphs.join('\n\n'));
  });

  it('cuts a paragraph longer than the target between sentences, never inside one', () => {
    const sentences = Array.from({ length: 20 }, (_, i) => sentence(i, 150));
    // Decimal numbers and abbreviations followed by lower case are not sentence ends.
    sentences[3] = 'Comptez 12,90 € pour 3 bouteilles, soit env. trois fois 4.30 € la bouteille.';
    const passages = splitDocument(`# Long\n\n${sentences.join(' ')}`, 'text/markdown');
    expect(passages.length).toBeGreaterThan(2);
    const pieces = passages.flatMap((passage) => {
      expect(passage.text.length).toBeLessThanOrEqual(TARGET_PASSAGE_CHARS);
      expect(passage.text).toMatch(/\.$/);
      return passage.text.split(/(?<=\.) (?=[A-Z])/);
    });
    expect(pieces).toEqual(sentences);
  });

  it('cuts a sentence between words only when it exceeds the hard cap', () => {
    const huge = `${'mot '.repeat(MAX_SENTENCE_CHARS / 2)}fin.`;
    const passages = splitDocument(`# Liste\n\n${huge}`, 'text/markdown');
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(TARGET_PASSAGE_CHARS);
      expect(passage.text).toMatch(/^mot|fin\.$/);
    }
  });

  it('does not leave an introduction ending with a colon alone at the end of a passage', () => {
    const list = Array.from({ length: 6 }, (_, i) => `- ${sentence(i, 120)}`).join('\n');
    const passages = splitDocument(`## Cave\n\nCinq conditions :\n\n${list}`, 'text/markdown');
    expect(passages[0]?.text.startsWith('Cinq conditions :\n\n- Phrase')).toBe(true);
    for (const passage of passages) expect(passage.text).not.toMatch(/:$/);
  });

  it('ignores headings inside fenced code and keeps deeper headings as text', () => {
    const passages = splitDocument(
      '# Doc\n\n```\n# pas un titre\n```\n\n#### Détail\n\nTexte.',
      'text/markdown',
    );
    expect(passages).toEqual([
      { heading: 'Doc', text: '```\n# pas un titre\n```\n\nDétail\n\nTexte.' },
    ]);
  });

  it('gives nothing for a document of headings only', () => {
    expect(splitDocument('# Titre\n\n## Section\n\n   \n', 'text/markdown')).toEqual([]);
  });
});

describe('splitDocument (plain text)', () => {
  it('splits by paragraphs, without headings; "#" is just text', () => {
    const passages = splitDocument(
      `# pas un titre\r\n\r\n${sentence(1, 500)}\r\n\r\n${sentence(2, 500)}`,
      'text/plain',
    );
    expect(passages).toEqual([
      { heading: '', text: `# pas un titre\n\n${sentence(1, 500)}` },
      { heading: '', text: sentence(2, 500) },
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitDocument('\n \n\t\n', 'text/plain')).toEqual([]);
  });
});
