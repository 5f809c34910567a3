import { describe, expect, it } from 'vitest';
import { documentContentType, isSettled, titleFromFileName, uploadBody } from './knowledge-adapter';
import { parseInline, parseMarkdown } from './markdown';

describe('knowledge upload body', () => {
  it('reads a chosen file: its text, its format from the name, its name as default title', async () => {
    const rawFile = new File(['# Livraison\nLe samedi.'], 'livraison.md', { type: '' });
    expect(await uploadBody({ title: '', file: { rawFile } })).toEqual({
      title: 'livraison',
      content: '# Livraison\nLe samedi.',
      contentType: 'text/markdown',
    });
    expect(await uploadBody({ title: ' Horaires ', file: { rawFile } })).toMatchObject({
      title: 'Horaires',
    });
  });

  it('sends pasted text with the chosen format when there is no file', async () => {
    expect(
      await uploadBody({ title: 'Notes', content: 'du texte', contentType: 'text/plain' }),
    ).toEqual({
      title: 'Notes',
      content: 'du texte',
      contentType: 'text/plain',
    });
  });

  it('knows Markdown and text files, and when ingestion is over', () => {
    expect(documentContentType({ name: 'a.markdown', type: '' })).toBe('text/markdown');
    expect(documentContentType({ name: 'a.txt', type: 'text/plain' })).toBe('text/plain');
    expect(titleFromFileName('horaires.v2.txt')).toBe('horaires.v2');
    expect(['pending', 'ingesting', 'ready', 'failed'].map((s) => isSettled(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('markdown preview', () => {
  it('reads headings, paragraphs, lists, quotes, code and rules', () => {
    const blocks = parseMarkdown(
      [
        '# Livraison',
        'Nous livrons',
        'le samedi.',
        '',
        '- Paris',
        '- Lyon',
        '1. un',
        '2. deux',
        '> À noter',
        '```',
        '<b>pas du HTML</b>',
        '```',
        '---',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'quote',
      'code',
      'rule',
    ]);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Nous livrons le samedi.' }],
    });
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [[{ text: 'Paris' }], [{ text: 'Lyon' }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true });
    expect(blocks[5]).toEqual({ kind: 'code', text: '<b>pas du HTML</b>' });
  });

  it('reads inline marks and follows only web links', () => {
    expect(
      parseInline(
        '**Gras**, *italique*, `code` et [site](https://cave.fr) [x](javascript:alert(1))',
      ),
    ).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Gras' }] },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'italique' }] },
      { kind: 'text', text: ', ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' et ' },
      { kind: 'link', href: 'https://cave.fr', children: [{ kind: 'text', text: 'site' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: null, children: [{ kind: 'text', text: 'x' }] },
      { kind: 'text', text: ')' },
    ]);
  });
});
