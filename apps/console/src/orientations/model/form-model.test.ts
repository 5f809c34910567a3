import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrientationSource, validateOrientation } from '@scenaro/orientation';
import { describe, expect, it } from 'vitest';
import { type Doc, toYaml } from './document';
import {
  fromFormModel,
  move,
  numberFromInput,
  renameVariable,
  setField,
  toFormModel,
  toolForHandler,
  toolsByCategory,
} from './form-model';

const repoRoot = join(import.meta.dirname, '../../../../..');
const source = readFileSync(join(repoRoot, 'orientations/caviste.yaml'), 'utf8');

/** caviste.yaml as written, and as the API stores it (defaults applied). */
function caviste(): { written: Doc; stored: Doc } {
  const parsed = parseOrientationSource(source, 'yaml');
  if (!parsed.ok) throw new Error('caviste.yaml does not parse');
  const validated = validateOrientation(parsed.value);
  if (!validated.ok) throw new Error('caviste.yaml is not valid');
  return { written: parsed.value as Doc, stored: validated.orientation as unknown as Doc };
}

describe('form model ⇄ document', () => {
  it('round-trips caviste.yaml without losing or reordering anything', () => {
    for (const doc of Object.values(caviste())) {
      const back = fromFormModel(toFormModel(doc), doc);
      expect(back).toEqual(doc);
      // Same key order too: the YAML view must not jump around after a form edit.
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
      expect(toYaml(back)).toBe(toYaml(doc));
    }
  });

  it('keeps the blocks the form does not edit, and unknown keys, as they are', () => {
    const { stored } = caviste();
    const doc: Doc = { ...stored, futureBlock: { a: [1, 2] } };
    const model = toFormModel(doc);
    expect(Object.keys(model.rest).sort()).toEqual(['catalog', 'futureBlock', 'state', 'ui']);
    const edited = fromFormModel(
      { ...model, prompt: { ...model.prompt, greeting: 'Bonsoir !' } },
      doc,
    );
    expect(edited.catalog).toBe(doc.catalog);
    expect(edited.ui).toBe(doc.ui);
    expect(edited.futureBlock).toEqual({ a: [1, 2] });
    expect((edited.prompt as { greeting: string }).greeting).toBe('Bonsoir !');
    expect((edited.prompt as { sections: unknown }).sections).toBe(
      (doc.prompt as { sections: unknown }).sections,
    );
  });

  it('does not add empty blocks a document did not have', () => {
    const doc = { slug: 'x', name: 'X' };
    expect(fromFormModel(toFormModel(doc), doc)).toEqual(doc);
  });

  it('renames a variable in place and refuses a name already taken', () => {
    const { stored } = caviste();
    const model = toFormModel(stored);
    const index = model.variables.findIndex((row) => row.name === 'city');
    expect(renameVariable(model.variables, index, 'shop_name')).toBeNull();
    const renamed = renameVariable(model.variables, index, 'town');
    if (!renamed) throw new Error('rename refused');
    const doc = fromFormModel({ ...model, variables: renamed }, stored);
    const names = Object.keys(doc.variables as object);
    expect(names[index]).toBe('town');
    expect(names).not.toContain('city');
    expect((doc.variables as Record<string, unknown>).town).toEqual(
      (stored.variables as Record<string, unknown>).city,
    );
  });

  it('sets one field without touching its siblings, and removes it with undefined', () => {
    const { stored } = caviste();
    const edited = setField(stored, ['voice', 'maxToolSteps'], 7);
    expect((edited.voice as { maxToolSteps: number }).maxToolSteps).toBe(7);
    expect((stored.voice as { maxToolSteps: number }).maxToolSteps).toBe(5);
    expect((edited.voice as { llm: unknown }).llm).toBe((stored.voice as { llm: unknown }).llm);
    const removed = setField(stored, ['voice', 'llm', 'temperature'], undefined);
    expect('temperature' in (removed.voice as { llm: object }).llm).toBe(false);
  });
});

describe('number inputs', () => {
  it('stores numbers, nothing when empty, and keeps text that is not a number', () => {
    expect(numberFromInput('-3', undefined)).toBe(-3);
    expect(numberFromInput('0,4', null)).toBe(0.4);
    expect(numberFromInput('', null)).toBeNull();
    expect(numberFromInput('  ', undefined)).toBeUndefined();
    expect(numberFromInput('beaucoup', undefined)).toBe('beaucoup');
  });
});

describe('lists', () => {
  it('moves an item and ignores moves past the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('groups tools by the orientation categories, unknown categories last', () => {
    const groups = toolsByCategory(
      [
        { name: 'a', category: 'panier' },
        { name: 'b', category: 'mystere' },
        { name: 'c', category: 'catalogue' },
      ],
      [
        { id: 'catalogue', label: 'Catalogue' },
        { id: 'panier', label: 'Panier' },
      ],
    );
    expect(groups.map((group) => [group.id, group.tools.map((t) => t.index)])).toEqual([
      ['catalogue', [2]],
      ['panier', [0]],
      ['mystere', [1]],
    ]);
  });

  it('names a new tool uniquely and files it in the matching category', () => {
    const tool = toolForHandler(
      { id: 'cart.add', category: 'cart', description: 'Adds.', parameters: {} },
      [{ name: 'cart_add' }],
      [{ id: 'catalogue' }, { id: 'cart' }],
    );
    expect(tool).toMatchObject({ name: 'cart_add_2', category: 'cart', handler: 'cart.add' });
    const fallback = toolForHandler(
      { id: 'shop.info', category: 'knowledge', description: 'Info.', parameters: {} },
      [],
      [{ id: 'connaissances' }],
    );
    expect(fallback.category).toBe('connaissances');
  });
});
