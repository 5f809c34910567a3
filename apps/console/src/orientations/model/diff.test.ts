import { describe, expect, it } from 'vitest';
import { countKinds, groupDiff, sectionOf, showValue } from './diff';

describe('publish diff', () => {
  it('groups changes by section in document order', () => {
    const groups = groupDiff([
      { path: 'tools[search_wines].description', kind: 'changed', before: 'a', after: 'b' },
      { path: 'prompt.greeting', kind: 'changed', before: 'x', after: 'y' },
      { path: 'zzz', kind: 'added', after: 1 },
      { path: 'tools[new_tool]', kind: 'added', after: { name: 'new_tool' } },
      { path: 'name', kind: 'changed', before: 'A', after: 'B' },
    ]);
    expect(groups.map((group) => [group.section, group.entries.length])).toEqual([
      ['name', 1],
      ['prompt', 1],
      ['tools', 2],
      ['zzz', 1],
    ]);
  });

  it('reads sections from paths and counts kinds', () => {
    expect(sectionOf('tools[a].b')).toBe('tools');
    expect(sectionOf('voice.llm.model')).toBe('voice');
    expect(
      countKinds([
        { path: 'a', kind: 'added' },
        { path: 'b', kind: 'added' },
        { path: 'c', kind: 'removed' },
      ]),
    ).toEqual({ added: 2, removed: 1, changed: 0 });
  });

  it('shows scalars inline and structures as YAML', () => {
    expect(showValue(null)).toBe('null');
    expect(showValue(5)).toBe('5');
    expect(showValue({ name: 'x', tags: ['a'] })).toBe('name: x\ntags:\n  - a');
  });
});
