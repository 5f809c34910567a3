import { describe, expect, it } from 'vitest';
import type { Doc } from '../model/document';
import { FormDocStore } from './fields';

describe('the form store', () => {
  it('wakes fields only when the document, the problems or the rights change', () => {
    const doc: Doc = { prompt: { greeting: 'Bonjour' } };
    const issues: never[] = [];
    const onChange = () => undefined;
    const store = new FormDocStore({ doc, issues, readOnly: false, onChange });
    let wakes = 0;
    const unsubscribe = store.subscribe(() => wakes++);
    store.set({ doc, issues, readOnly: false, onChange: () => undefined });
    expect(wakes).toBe(0);
    store.set({ doc: { ...doc }, issues, readOnly: false, onChange });
    expect(wakes).toBe(1);
    store.set({ doc: store.state.doc, issues: [], readOnly: false, onChange });
    expect(wakes).toBe(2);
    unsubscribe();
    store.set({ doc: {}, issues, readOnly: true, onChange });
    expect(wakes).toBe(2);
  });

  it('hands the editor the document with one field changed, siblings shared', () => {
    const doc: Doc = { prompt: { greeting: 'Bonjour', style: ['a'] }, ui: { title: 'x' } };
    const seen: Doc[] = [];
    const store = new FormDocStore({
      doc,
      issues: [],
      readOnly: false,
      onChange: (next) => seen.push(next),
    });
    store.update(['prompt', 'greeting'], 'Bonsoir');
    expect(seen[0]).toEqual({ prompt: { greeting: 'Bonsoir', style: ['a'] }, ui: { title: 'x' } });
    expect(seen[0]?.ui).toBe(doc.ui);
    expect(doc).toEqual({ prompt: { greeting: 'Bonjour', style: ['a'] }, ui: { title: 'x' } });
  });
});
