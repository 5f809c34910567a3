import { describe, expect, it } from 'vitest';
import { OrientationError } from './errors.js';
import { renderOrientation } from './render-orientation.js';
import { resolveVariables } from './resolve-variables.js';
import type { Orientation, VariableDeclaration } from './schema.js';
import { findTemplateVariables, renderTemplate } from './template.js';
import { at, wineDocument } from './test-fixtures.js';
import { validateOrientation } from './validate.js';

function wine(): Orientation {
  const result = validateOrientation(wineDocument());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation;
}

function thrown(run: () => unknown): OrientationError {
  try {
    run();
  } catch (error) {
    if (error instanceof OrientationError) return error;
    throw error;
  }
  throw new Error('expected an OrientationError');
}

describe('findTemplateVariables', () => {
  it('finds each name once, in order, whitespace inside braces allowed', () => {
    expect(findTemplateVariables('{{a}} et {{ b }} puis {{a}} et {{  c_2\t}}')).toEqual([
      'a',
      'b',
      'c_2',
    ]);
  });

  it('returns malformed names as written, so that they are reported', () => {
    expect(findTemplateVariables('{{ shop name }}')).toEqual(['shop name']);
  });

  it('finds nothing in plain text or single braces', () => {
    expect(findTemplateVariables('{a} { {b} }')).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('replaces references, null as nothing, numbers and booleans as text', () => {
    expect(
      renderTemplate('{{ shop }} · {{n}} · {{ok}} · [{{none}}]', {
        shop: 'La Cave',
        n: 150,
        ok: true,
        none: null,
      }),
    ).toBe('La Cave · 150 · true · []');
  });

  it('does not re-scan inserted values', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}' })).toBe('{{b}}');
  });

  it('throws a typed error naming every unresolved variable', () => {
    const error = thrown(() => renderTemplate('{{a}} {{b}} {{c}}', { b: 'x' }));
    expect(error.code).toBe('UNRESOLVED_VARIABLE');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('"a"'),
      expect.stringContaining('"c"'),
    ]);
  });

  it('does not resolve names from the prototype', () => {
    expect(() => renderTemplate('{{toString}}', {})).toThrow(OrientationError);
  });
});

describe('resolveVariables', () => {
  it('applies defaults and keeps tenant values', () => {
    expect(resolveVariables(wine(), { shop_name: 'Le Cellier', phone: '04 72 00 00 00' })).toEqual({
      shop_name: 'Le Cellier',
      free_delivery_threshold: 150,
      phone: '04 72 00 00 00',
    });
  });

  it('treats null as no value (the default applies)', () => {
    expect(resolveVariables(wine(), { shop_name: null }).shop_name).toBe('La Cave du Coin');
  });

  it('throws INVALID_VARIABLES with every problem and its path', () => {
    const orientation = wine();
    orientation.variables.shop_name = {
      ...(orientation.variables.shop_name as VariableDeclaration),
      default: null,
    };
    const error = thrown(() => resolveVariables(orientation, { phone: 'call me', unknown: 1 }));
    expect(error.code).toBe('INVALID_VARIABLES');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'variables.unknown',
      'variables.shop_name',
      'variables.phone',
    ]);
  });

  it('type-checks each variable type', () => {
    const orientation = wine();
    orientation.variables = {
      site: { type: 'url', label: 'Site', description: null, required: false, default: null },
      mail: { type: 'email', label: 'Mail', description: null, required: false, default: null },
      count: { type: 'integer', label: 'N', description: null, required: false, default: null },
      line: { type: 'string', label: 'L', description: null, required: false, default: null },
    };
    expect(
      resolveVariables(orientation, {
        site: 'https://cave.example',
        mail: 'a@b.fr',
        count: 3,
        line: 'ok',
      }),
    ).toBeTruthy();
    const error = thrown(() =>
      resolveVariables(orientation, {
        site: 'javascript:alert(1)',
        mail: 'nope',
        count: 1.5,
        line: 'two\nlines',
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'variables.site',
      'variables.mail',
      'variables.count',
      'variables.line',
    ]);
  });
});

describe('renderOrientation', () => {
  it('renders every templated string and leaves the input untouched', () => {
    const orientation = wine();
    const before = structuredClone(orientation);
    const rendered = renderOrientation(
      orientation,
      resolveVariables(orientation, { shop_name: 'Le Cellier' }),
    );
    expect(orientation).toEqual(before);
    expect(rendered.prompt.sections[0]?.body).toBe(
      'Tu es le caviste de Le Cellier.\nLivraison offerte dès 150 euros.\n',
    );
    expect(rendered.prompt.greeting).toBe('Bonjour et bienvenue chez Le Cellier !');
    expect(rendered.tools[0]?.description).toBe('Cherche des vins chez Le Cellier.');
    expect(rendered.tools[0]?.parameters.query?.description).toBe(
      'Mots-clés en français pour Le Cellier.',
    );
    expect(rendered.ui.title).toBe('Le Cellier');
    expect(JSON.stringify(rendered)).not.toContain('{{');
  });

  it('renders style rules, section titles, subtitle and labels too', () => {
    const orientation = wine();
    orientation.prompt.style = ['Parle au nom de {{shop_name}}.'];
    at(orientation.prompt.sections, 1).title = 'Règles de {{shop_name}}';
    orientation.ui.subtitle = 'Chez {{shop_name}}';
    orientation.ui.labels.start = 'Parler à {{shop_name}}';
    const rendered = renderOrientation(orientation, {
      shop_name: 'X',
      free_delivery_threshold: 1,
      phone: null,
    });
    expect([
      rendered.prompt.style[0],
      rendered.prompt.sections[1]?.title,
      rendered.ui.subtitle,
      rendered.ui.labels.start,
    ]).toEqual(['Parle au nom de X.', 'Règles de X', 'Chez X', 'Parler à X']);
  });

  it('throws one error listing every unresolved reference with its path', () => {
    const error = thrown(() => renderOrientation(wine(), { shop_name: 'X' }));
    expect(error.code).toBe('UNRESOLVED_VARIABLE');
    expect(error.issues).toEqual([
      {
        path: 'prompt.sections[0].body',
        message: expect.stringContaining('"free_delivery_threshold"'),
      },
    ]);
  });
});
