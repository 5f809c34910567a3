import { describe, expect, it } from 'vitest';
import { fromYaml, sameDocument, toYaml } from './document';

describe('YAML view ⇄ document', () => {
  it('reports a syntax error at its line and keeps no document', () => {
    const result = fromYaml('slug: caviste\nvoice:\n  llm: [unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a text that is not a mapping', () => {
    const result = fromYaml('- a\n- b\n');
    expect(result).toMatchObject({ ok: false, issues: [{ line: 1 }] });
  });

  it('prints keys in schema order whatever order the document has', () => {
    expect(toYaml({ name: 'X', slug: 'x' })).toBe('slug: x\nname: X\n');
  });

  it('compares documents whatever the order of their keys', () => {
    expect(sameDocument({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameDocument({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameDocument({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameDocument({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
