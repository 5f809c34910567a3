import { describe, expect, it } from 'vitest';
import { type BreakableDocument, cheeseDocument, wineDocument } from './test-fixtures.js';
import { validateOrientation } from './validate.js';

type Doc = BreakableDocument;

function issuesOf(document: unknown, variables?: Record<string, unknown>) {
  const result = validateOrientation(document, variables ? { variables } : undefined);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}

describe('validateOrientation: valid documents', () => {
  it('accepts the wine orientation and applies defaults', () => {
    const result = validateOrientation(wineDocument());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.orientation.voice.turnHandling.interruption).toEqual({
      enabled: true,
      mode: 'vad',
      minDuration: 0.5,
      minWords: 0,
    });
    expect(result.orientation.voice.llm.baseURL).toBeNull();
    expect(result.orientation.tools[1]?.parameters).toEqual({});
    expect(result.orientation.ui.show).toEqual({ selection: true, cart: true, transcript: true });
  });

  it('accepts a second domain (cheese shop) with its own attributes and a localhost LLM', () => {
    const result = validateOrientation(cheeseDocument());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.orientation.voice.llm.baseURL).toBe('http://localhost:11434/v1');
    expect(result.orientation.state.cart).toEqual({
      enabled: false,
      maxQuantityPerLine: 99,
      maxLines: 50,
    });
  });
});

// One broken document per rule: exactly the listed paths are reported.
const cases: [string, (d: Doc) => void, string[], RegExp?][] = [
  [
    'a field of the wrong type',
    (d) => {
      d.name = 42;
    },
    ['name'],
    /Expected a string, but got the number 42/,
  ],
  [
    'not an object at all',
    (d) => {
      d.voice = 'loud';
    },
    ['voice'],
    /Expected an object/,
  ],
  [
    'an unknown top-level field',
    (d) => {
      d.colour = 'red';
    },
    ['colour'],
    /Unknown field "colour"/,
  ],
  [
    'an unknown nested field, with a suggestion',
    (d) => {
      d.tools[0].categry = 'x';
    },
    ['tools[0].categry'],
    /Did you mean "category"\?/,
  ],
  [
    'a missing required field',
    (d) => {
      delete d.ui.title;
    },
    ['ui.title'],
    /Missing required field "title": expected a string/,
  ],
  [
    'a bad slug',
    (d) => {
      d.slug = 'Caviste Mini';
    },
    ['slug'],
    /Expected a slug/,
  ],
  [
    'a bad locale',
    (d) => {
      d.locale = 'french';
    },
    ['locale'],
    /BCP 47/,
  ],
  [
    'a bad variable name',
    (d) => {
      d.variables['Shop Name'] = { type: 'string', label: 'x' };
    },
    ['variables["Shop Name"]'],
    /Invalid name "Shop Name"/,
  ],
  [
    'a default that does not match its type',
    (d) => {
      d.variables.free_delivery_threshold.default = 'cent';
    },
    ['variables.free_delivery_threshold.default'],
    /type "number"\. Expected a number, but got the text "cent"/,
  ],
  [
    'a bad phone default',
    (d) => {
      d.variables.phone.default = 'call us';
    },
    ['variables.phone.default'],
    /phone number/,
  ],
  [
    'an unknown variable type',
    (d) => {
      d.variables.phone.type = 'tel';
    },
    ['variables.phone.type'],
    /one of "string", "text"/,
  ],
  [
    'an unresolved variable in the greeting',
    (d) => {
      d.prompt.greeting = 'Bonjour de {{ shopname }}';
    },
    ['prompt.greeting'],
    /\{\{shopname\}\} refers to "shopname", which is not declared/,
  ],
  [
    'an unresolved variable in a parameter description',
    (d) => {
      d.tools[0].parameters.query.description = 'Pour {{city}}';
    },
    ['tools[0].parameters.query.description'],
    /"city"/,
  ],
  [
    'an unresolved variable in a ui label',
    (d) => {
      d.ui.labels.start = 'Parler à {{agent}}';
    },
    ['ui.labels.start'],
    /"agent"/,
  ],
  [
    'duplicate prompt section ids',
    (d) => {
      d.prompt.sections[1].id = 'role';
    },
    ['prompt.sections[1].id'],
    /already used by prompt\.sections\[0\]/,
  ],
  [
    'an empty prompt',
    (d) => {
      d.prompt.sections = [];
    },
    ['prompt.sections'],
    /non-empty list/,
  ],
  [
    'minDelay greater than maxDelay',
    (d) => {
      d.voice.turnHandling.endpointing.minDelay = 5;
    },
    ['voice.turnHandling.endpointing.minDelay'],
    /minDelay \(5 s\) must not be greater than maxDelay \(3 s\)/,
  ],
  [
    'an endpointing delay out of range',
    (d) => {
      d.voice.turnHandling.endpointing.maxDelay = 11;
    },
    ['voice.turnHandling.endpointing.maxDelay'],
    /at most 10/,
  ],
  [
    'maxToolSteps above 20',
    (d) => {
      d.voice.maxToolSteps = 21;
    },
    ['voice.maxToolSteps'],
    /at most 20, but got the number 21/,
  ],
  [
    'maxToolSteps not whole',
    (d) => {
      d.voice.maxToolSteps = 2.5;
    },
    ['voice.maxToolSteps'],
    /whole number/,
  ],
  [
    'an unknown provider',
    (d) => {
      d.voice.tts.provider = 'elevenlabs';
    },
    ['voice.tts.provider'],
    /Expected "cartesia", but got the text "elevenlabs"/,
  ],
  [
    'a baseURL that is not http(s)',
    (d) => {
      d.voice.llm.baseURL = 'ftp://llm.example';
    },
    ['voice.llm.baseURL'],
    /http or https URL/,
  ],
  [
    'an unknown turn detection mode',
    (d) => {
      d.voice.turnHandling.turnDetection = 'magic';
    },
    ['voice.turnHandling.turnDetection'],
  ],
  [
    'a bad currency',
    (d) => {
      d.catalog.currency = 'euro';
    },
    ['catalog.currency'],
    /ISO 4217/,
  ],
  [
    'an enum attribute without values',
    (d) => {
      d.catalog.attributes[0].values = undefined;
    },
    ['catalog.attributes[0].values'],
    /enum attribute needs `values`/,
  ],
  [
    'values on an integer attribute',
    (d) => {
      d.catalog.attributes[2].values = ['1990'];
    },
    ['catalog.attributes[2].values'],
    /only allowed on enum and list/,
  ],
  [
    'min on an enum attribute',
    (d) => {
      d.catalog.attributes[0].min = 1;
    },
    ['catalog.attributes[0].min'],
    /only allowed on integer and number/,
  ],
  [
    'min greater than max',
    (d) => {
      d.catalog.attributes[2].min = 2200;
    },
    ['catalog.attributes[2].min'],
    /must not be greater than max/,
  ],
  [
    'a duplicate attribute key',
    (d) => {
      d.catalog.attributes[1].key = 'color';
    },
    ['catalog.attributes[1].key'],
    /already used by catalog\.attributes\[0\]/,
  ],
  [
    'an unknown attribute type',
    (d) => {
      d.catalog.attributes[1].type = 'array';
    },
    ['catalog.attributes[1].type'],
  ],
  [
    'a filterable text attribute',
    (d) => {
      d.catalog.attributes[5].filterable = true;
    },
    ['catalog.attributes[5].filterable'],
    /cannot be filterable/,
  ],
  [
    'an attribute whose filter clashes with a search parameter',
    (d) => {
      d.catalog.attributes.push({ key: 'price', label: 'Prix', type: 'number', filterable: true });
    },
    ['catalog.attributes[6].key'],
    /"priceMin" clashes with a built-in parameter/,
  ],
  [
    'an undeclared pairing attribute',
    (d) => {
      d.catalog.pairingAttribute = 'dishes';
    },
    ['catalog.pairingAttribute'],
    /"dishes" is not a declared attribute/,
  ],
  [
    'a pairing attribute of the wrong type',
    (d) => {
      d.catalog.pairingAttribute = 'color';
    },
    ['catalog.pairingAttribute'],
    /"enum" attribute; expected a list or text/,
  ],
  [
    'a duplicate category id',
    (d) => {
      d.toolCategories.push({ id: 'panier', label: 'Caddie' });
    },
    ['toolCategories[3].id'],
    /already used by toolCategories\[2\]/,
  ],
  [
    'an unknown handler',
    (d) => {
      d.tools[0].handler = 'catalog.serch';
    },
    ['tools[0].handler'],
    /Expected a built-in handler id \(catalog\.search,.*\) or "http"/,
  ],
  [
    'duplicate tool names',
    (d) => {
      d.tools[2].name = 'search_wines';
    },
    ['tools[2].name'],
    /Tool name "search_wines" is already used by tools\[0\]/,
  ],
  [
    'a bad tool name',
    (d) => {
      d.tools[0].name = 'Search-Wines';
    },
    ['tools[0].name'],
  ],
  [
    'an undeclared category',
    (d) => {
      d.tools[1].category = 'sommelier';
    },
    ['tools[1].category'],
    /"sommelier" is not declared in toolCategories \(declared: "catalogue", "conseil" and "panier"\)/,
  ],
  [
    'an http tool without an http block',
    (d) => {
      delete d.tools[3].http;
    },
    ['tools[3].http'],
    /needs an `http` block/,
  ],
  [
    'an http tool parameter without a type',
    (d) => {
      delete d.tools[3].parameters.postcode.type;
    },
    ['tools[3].parameters.postcode.type'],
    /`type` is missing/,
  ],
  [
    'an http tool parameter without a description',
    (d) => {
      delete d.tools[3].parameters.postcode.description;
    },
    ['tools[3].parameters.postcode.description'],
  ],
  [
    'http enum values of the wrong type',
    (d) => {
      d.tools[3].parameters.slot.type = 'integer';
    },
    ['tools[3].parameters.slot.enum[0]', 'tools[3].parameters.slot.enum[1]'],
    /does not match the parameter's type "integer"/,
  ],
  [
    'an http url that is not http(s)',
    (d) => {
      d.tools[3].http.url = 'file:///etc/passwd';
    },
    ['tools[3].http.url'],
  ],
  [
    'a secret header',
    (d) => {
      d.tools[3].http.headers = { Authorization: 'Bearer x' };
    },
    ['tools[3].http.headers.Authorization'],
    /may not hold credentials/,
  ],
  [
    'a built-in tool with an http block',
    (d) => {
      d.tools[0].http = { url: 'https://x.example' };
    },
    ['tools[0].http'],
    /Only tools whose handler is "http" have an `http` block/,
  ],
  [
    'an override of a parameter the handler lacks',
    (d) => {
      d.tools[1].parameters = { cuisine: { description: 'x' } };
    },
    ['tools[1].parameters.cuisine'],
    /Handler "catalog.pairing" has no parameter "cuisine"\. Its parameters are: "dish", "priceMax" and "limit"/,
  ],
  [
    'a type override on a built-in parameter',
    (d) => {
      d.tools[0].parameters.query.type = 'integer';
    },
    ['tools[0].parameters.query.type'],
    /Only `description` can be set/,
  ],
  [
    'a fixed argument of the wrong type',
    (d) => {
      d.tools[2].arguments = { quantity: 'six' };
    },
    ['tools[2].arguments.quantity'],
    /fixed argument "quantity" is not valid.*Expected a number, but got the text "six"/,
  ],
  [
    'a fixed argument above the cart limit of the state',
    (d) => {
      d.tools[2].arguments = { quantity: 37 };
    },
    ['tools[2].arguments.quantity'],
    /at most 36/,
  ],
  [
    'a fixed argument outside a derived filter enum',
    (d) => {
      d.tools[0].arguments.color = 'vert';
    },
    ['tools[0].arguments.color'],
    /one of "rouge", "blanc"/,
  ],
  [
    'a fixed argument naming no parameter',
    (d) => {
      d.tools[0].arguments.colour = 'rouge';
    },
    ['tools[0].arguments.colour'],
    /"colour" is not one/,
  ],
  [
    'a fixed argument of an http tool outside its enum',
    (d) => {
      d.tools[3].arguments = { slot: 'soir' };
    },
    ['tools[3].arguments.slot'],
  ],
  [
    'a cart tool while the cart is disabled',
    (d) => {
      d.state.cart.enabled = false;
      d.ui.show = { cart: false };
    },
    ['tools[2].handler'],
    /works on the cart, but state\.cart\.enabled is false/,
  ],
  [
    'showing a disabled selection',
    (d) => {
      d.state.selection.enabled = false;
    },
    ['ui.show.selection'],
    /state\.selection\.enabled is false/,
  ],
  [
    'a pairing tool without a pairing attribute',
    (d) => {
      d.catalog.pairingAttribute = null;
    },
    ['tools[1].handler'],
    /needs catalog\.pairingAttribute/,
  ],
  [
    'a bad colour',
    (d) => {
      d.ui.colors.primary = 'burgundy';
    },
    ['ui.colors.primary'],
    /hex colour/,
  ],
  [
    'a quantity limit out of range',
    (d) => {
      d.state.cart.maxQuantityPerLine = 0;
    },
    ['state.cart.maxQuantityPerLine'],
    /at least 1/,
  ],
];

describe('validateOrientation: one broken document per rule', () => {
  it.each(cases)('reports %s', (_, mutate, paths, message) => {
    const document = wineDocument();
    mutate(document);
    const issues = issuesOf(document);
    expect(issues.map((issue) => issue.path)).toEqual(paths);
    if (message) expect(issues[0]?.message).toMatch(message);
  });

  it('accepts fixed arguments that are valid, including on a derived filter', () => {
    const document = wineDocument();
    document.tools[0].arguments = { inStockOnly: false, color: 'rouge', vintageMin: 2000 };
    document.tools[2].arguments = { quantity: 6 };
    expect(validateOrientation(document).ok).toBe(true);
  });

  it('reports a document that is not an object at the root', () => {
    expect(issuesOf('hello')).toEqual([
      { path: '', message: expect.stringMatching(/Expected an object/) },
    ]);
  });
});

describe('validateOrientation: every problem at once', () => {
  it('reports schema errors, rule errors, unresolved variables and tenant errors together', () => {
    const d = wineDocument();
    d.tools[0].categry = 'x';
    d.tools[1].category = 'nope';
    d.tools[2].handler = 'cart.ad';
    d.tools[3].http = null;
    d.voice.turnHandling.endpointing.minDelay = 5;
    d.voice.maxToolSteps = 2.5;
    d.variables.shop_name.default = 12;
    d.prompt.greeting = 'Salut {{ shopname }}';
    d.tools[0].arguments.limit = 50;
    delete d.ui.title;
    const paths = issuesOf(d, { shop_name: 3, bogus: 1 }).map((issue) => issue.path);
    expect(paths.sort()).toEqual(
      [
        'prompt.greeting',
        'tools[0].arguments.limit',
        'tools[0].categry',
        'tools[1].category',
        'tools[2].handler',
        'tools[3].http',
        'ui.title',
        'variables.bogus',
        'variables.shop_name',
        'variables.shop_name.default',
        'voice.maxToolSteps',
        'voice.turnHandling.endpointing.minDelay',
      ].sort(),
    );
  });
});

describe('validateOrientation: tenant variables', () => {
  it('accepts valid tenant values', () => {
    const result = validateOrientation(wineDocument(), {
      variables: { shop_name: 'Le Petit Cellier', phone: '+33 1 23 45 67 89' },
    });
    expect(result.ok).toBe(true);
  });

  it('reports a required variable without default nor value, an unknown one and a wrong type', () => {
    const d = wineDocument();
    d.variables.shop_name.default = null;
    const issues = issuesOf(d, { free_delivery_threshold: '150', city: 'Lyon' });
    expect(issues).toEqual([
      { path: 'variables.city', message: expect.stringMatching(/does not declare/) },
      {
        path: 'variables.shop_name',
        message: expect.stringMatching(/required and has no default/),
      },
      {
        path: 'variables.free_delivery_threshold',
        message: expect.stringMatching(/Expected a number, but got the text "150"/),
      },
    ]);
  });

  it('does not ask for a required variable when no tenant values are checked', () => {
    const d = wineDocument();
    d.variables.shop_name.default = null;
    expect(validateOrientation(d).ok).toBe(true);
  });
});
