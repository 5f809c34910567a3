import { readFileSync } from 'node:fs';
import { type Orientation, validateOrientationSource } from '@scenaro/orientation';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { readToolArguments } from './tool-arguments.js';

function caviste(): Orientation {
  const text = readFileSync(
    new URL('../../../../../orientations/caviste.yaml', import.meta.url),
    'utf8',
  );
  const result = validateOrientationSource(text, 'yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation;
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('readToolArguments', () => {
  const orientation = caviste();

  it("derives the search filters from the orientation's catalogue and fills defaults", () => {
    expect(
      readToolArguments(orientation, 'catalog.search', { color: 'rouge', vintageMin: 2015 }),
    ).toEqual({
      color: 'rouge',
      vintageMin: 2015,
      inStockOnly: true,
      sort: 'relevance',
      limit: 5,
    });
    const bad = refusal(() => readToolArguments(orientation, 'catalog.search', { color: 'bleu' }));
    expect(bad.code).toBe('invalid_request');
    expect(bad.details?.[0]?.path).toBe('arguments.color');
    // `producer` is not filterable in the caviste: no such parameter.
    const unknown = refusal(() =>
      readToolArguments(orientation, 'catalog.search', { producer: 'Guigal' }),
    );
    expect(unknown.details).toEqual([
      { path: 'arguments.producer', message: 'is not an allowed field' },
    ]);
  });

  it('refuses a handler that no tool of the orientation uses', () => {
    const withoutKnowledge = {
      ...orientation,
      tools: orientation.tools.filter((tool) => tool.handler !== 'knowledge.ask'),
    };
    const refused = refusal(() =>
      readToolArguments(withoutKnowledge, 'knowledge.ask', { question: 'Livrez-vous ?' }),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toBe('This assistant has no such tool.');
  });
});
