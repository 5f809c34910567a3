import { describe, expect, it } from 'vitest';
import { questionWords } from './question-words.js';

describe('questionWords', () => {
  it('keeps the words that carry the subject, folded, without question fillers', () => {
    expect(questionWords('Bonjour ! Livrez-vous à Villeurbanne, s’il vous plaît ?')).toEqual([
      'livrez',
      'villeurbanne',
    ]);
    expect(questionWords('À QUELLE Température servir un rouge ?')).toEqual([
      'temperature',
      'servir',
      'rouge',
    ]);
  });

  it('gives nothing for a question made of fillers only', () => {
    expect(questionWords('Bonjour, pouvez-vous me dire ?')).toEqual([]);
  });
});
