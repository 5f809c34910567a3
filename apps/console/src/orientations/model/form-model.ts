import type { PathSegment } from '@scenaro/orientation';
import type { Doc } from './document';
import { getIn, setIn } from './paths';

// The form's view of the ONE orientation document the editor holds. The document may be
// invalid while someone edits it (that is the point of showing errors), so nothing here
// assumes the schema holds: values are read loosely and written back as typed, and every key
// the form does not know (catalog, state, ui, provider options, future fields) is kept as is.

/** One variable declaration as a form row: the record key becomes an editable name. */
export interface VariableRow {
  name: string;
  declaration: Record<string, unknown>;
}

/** The blocks the form edits; `rest` holds everything else, untouched. */
export interface FormModel {
  identity: Record<string, unknown>;
  variables: VariableRow[];
  prompt: Record<string, unknown>;
  voice: Record<string, unknown>;
  toolCategories: unknown[];
  tools: Record<string, unknown>[];
  rest: Doc;
}

const IDENTITY_KEYS = ['slug', 'name', 'locale', 'description'] as const;
const FORM_KEYS = new Set<string>([
  ...IDENTITY_KEYS,
  'variables',
  'prompt',
  'voice',
  'toolCategories',
  'tools',
]);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The form's model of a document. */
export function toFormModel(doc: Doc): FormModel {
  const identity: Record<string, unknown> = {};
  for (const key of IDENTITY_KEYS) if (key in doc) identity[key] = doc[key];
  const rest: Doc = {};
  for (const [key, value] of Object.entries(doc)) if (!FORM_KEYS.has(key)) rest[key] = value;
  return {
    identity,
    variables: Object.entries(record(doc.variables)).map(([name, declaration]) => ({
      name,
      declaration: record(declaration),
    })),
    prompt: record(doc.prompt),
    voice: record(doc.voice),
    toolCategories: list(doc.toolCategories),
    tools: list(doc.tools).map(record),
    rest,
  };
}

/**
 * The document for a form model. Keys keep the order they have in `base` (the document the
 * model came from), so a round trip changes nothing and the YAML view does not jump around;
 * blocks absent from `base` and left empty in the form stay absent.
 */
export function fromFormModel(model: FormModel, base: Doc = {}): Doc {
  const blocks: Doc = {
    ...model.rest,
    ...model.identity,
    variables: Object.fromEntries(model.variables.map((row) => [row.name, row.declaration])),
    prompt: model.prompt,
    voice: model.voice,
    toolCategories: model.toolCategories,
    tools: model.tools,
  };
  const isEmpty = (value: unknown) =>
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0);
  const out: Doc = {};
  for (const key of Object.keys(base)) {
    if (key in blocks && blocks[key] !== undefined) out[key] = blocks[key];
  }
  for (const [key, value] of Object.entries(blocks)) {
    if (key in out || value === undefined) continue;
    if (FORM_KEYS.has(key) && !(key in base) && isEmpty(value)) continue;
    out[key] = value;
  }
  return out;
}

/** The document with one field of the form changed (`undefined` removes it: default applies). */
export function setField(doc: Doc, path: readonly PathSegment[], value: unknown): Doc {
  return setIn(doc, path, value);
}

/** Reads one field for the form. */
export function field(doc: Doc, path: readonly PathSegment[]): unknown {
  return getIn(doc, path);
}

/**
 * What a number input puts in the document: nothing (the default) when empty, a number when
 * it reads as one, and otherwise the text itself so that validation says what is wrong at
 * that field rather than the form silently dropping the keystroke.
 */
export function numberFromInput(text: string, emptyValue: null | undefined): unknown {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return emptyValue;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/** The text a number input shows for a document value. */
export function inputFromValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Renames a variable; refused (null) when the new name is already taken. */
export function renameVariable(
  rows: VariableRow[],
  index: number,
  name: string,
): VariableRow[] | null {
  if (rows.some((row, i) => i !== index && row.name === name)) return null;
  return rows.map((row, i) => (i === index ? { ...row, name } : row));
}

/** A fresh variable name (`variable_2`…) not used yet. */
export function newVariableName(rows: VariableRow[]): string {
  const names = new Set(rows.map((row) => row.name));
  for (let n = rows.length + 1; ; n++) if (!names.has(`variable_${n}`)) return `variable_${n}`;
}

/** Moves an item of a list by `delta` places (no-op at the ends). */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** A handler of `GET /v1/tools`. */
export interface HandlerInfo {
  id: string;
  category: string;
  description: string;
  parameters: Record<string, unknown>;
}

/**
 * A new tool bound to a built-in handler: a unique snake_case name from the handler id, the
 * orientation's category that matches the handler's suggested one (else the first category),
 * and the handler's description as a starting point.
 */
export function toolForHandler(
  handler: HandlerInfo,
  tools: readonly Record<string, unknown>[],
  categories: readonly unknown[],
): Record<string, unknown> {
  const base = handler.id.replace(/[^a-z0-9]+/g, '_');
  const names = new Set(tools.map((tool) => tool.name));
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base}_${n}`;
  const ids = categories
    .map((category) => record(category).id)
    .filter((id) => typeof id === 'string');
  const category = ids.includes(handler.category) ? handler.category : (ids[0] ?? handler.category);
  return { name, category, handler: handler.id, description: handler.description, parameters: {} };
}

/**
 * Tools grouped by the orientation's categories (in their order), then tools whose category
 * is not declared; each with its index in `tools`, which is what the form edits.
 */
export function toolsByCategory(
  tools: readonly Record<string, unknown>[],
  categories: readonly unknown[],
): { id: string; label: string; tools: { index: number; tool: Record<string, unknown> }[] }[] {
  const groups = categories.map((category) => {
    const { id, label } = record(category);
    return {
      id: String(id ?? ''),
      label: typeof label === 'string' ? label : String(id ?? ''),
      tools: [] as { index: number; tool: Record<string, unknown> }[],
    };
  });
  const byId = new Map(groups.map((group) => [group.id, group]));
  tools.forEach((tool, index) => {
    const id = String(tool.category ?? '');
    let group = byId.get(id);
    if (!group) {
      group = { id, label: id, tools: [] };
      byId.set(id, group);
      groups.push(group);
    }
    group.tools.push({ index, tool });
  });
  return groups;
}
