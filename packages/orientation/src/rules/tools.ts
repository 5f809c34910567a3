import { z } from 'zod';
import { type HandlerId, handlerIds } from '../handler-ids.js';
import { defaultParameterContext, handlerCatalog, type ParameterContext } from '../handlers.js';
import type { PathSegment, Report } from '../issues.js';
import { englishIssueMessage, q, quotedList } from '../messages.js';
import { catalogSchema } from '../schema/catalog.js';
import { stateSchema } from '../schema/state.js';
import { toolParameterSchema } from '../schema/tools.js';
import { toolParameterShape } from '../tool-parameters.js';
import { asArray, asRecord, asString, isRecord } from './read.js';
import { uniqueField } from './unique.js';

// Names that would carry credentials: the document is stored and exported in clear.
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

const parametersSchema = z.record(z.string(), toolParameterSchema);

interface ToolContext {
  readonly categories: readonly string[] | null;
  /** Null when the catalogue is itself invalid: the search filters are then unknown. */
  readonly parameters: ParameterContext | null;
  readonly state: Record<string, unknown>;
  readonly catalog: Record<string, unknown>;
}

function httpRules(tool: Record<string, unknown>, path: PathSegment[], report: Report): void {
  if (!isRecord(tool.http)) {
    report(
      [...path, 'http'],
      'A tool whose handler is "http" needs an `http` block (method, url, headers, timeoutMs).',
    );
  }
  for (const header of Object.keys(asRecord(asRecord(tool.http).headers))) {
    if (SECRET_HEADERS.has(header.toLowerCase())) {
      report(
        [...path, 'http', 'headers', header],
        `The header ${q(header)} would carry a secret; an orientation is stored and exported in clear, so it may not hold credentials.`,
      );
    }
  }
  for (const [name, spec] of Object.entries(asRecord(tool.parameters))) {
    if (!isRecord(spec)) continue;
    const at = [...path, 'parameters', name];
    if (spec.type === undefined) {
      report(
        [...at, 'type'],
        'An http tool declares its parameters in full: `type` is missing (expected string, integer, number or boolean).',
      );
    }
    if (spec.description === undefined) {
      report(
        [...at, 'description'],
        'An http tool declares its parameters in full: `description` is missing (the LLM reads it to fill the parameter).',
      );
    }
    const values = asArray(spec.enum);
    if (values.length === 0) continue;
    const fits = (value: unknown) =>
      spec.type === 'string'
        ? typeof value === 'string'
        : spec.type === 'integer'
          ? Number.isInteger(value)
          : spec.type === 'number'
            ? typeof value === 'number'
            : false;
    values.forEach((value, index) => {
      if (typeof spec.type === 'string' && !fits(value)) {
        report(
          [...at, 'enum', index],
          `The value ${q(value)} does not match the parameter's type ${q(spec.type)}.`,
        );
      }
    });
  }
}

function builtinRules(
  tool: Record<string, unknown>,
  handler: Exclude<HandlerId, 'http'>,
  path: PathSegment[],
  context: ToolContext,
  report: Report,
): void {
  if (tool.http !== null && tool.http !== undefined) {
    report(
      [...path, 'http'],
      `Only tools whose handler is "http" have an \`http\` block; ${q(handler)} is a built-in handler.`,
    );
  }
  const known = Object.keys(
    handlerCatalog[handler].parameters(context.parameters ?? defaultParameterContext),
  );
  const namesKnown =
    context.parameters !== null || (handler !== 'catalog.search' && handler !== 'catalog.facets');
  for (const [name, spec] of Object.entries(asRecord(tool.parameters))) {
    if (namesKnown && !known.includes(name)) {
      report(
        [...path, 'parameters', name],
        `Handler ${q(handler)} has no parameter ${q(name)}. Its parameters are: ${quotedList(known)}.`,
      );
    }
    for (const field of Object.keys(asRecord(spec))) {
      if (field !== 'description') {
        report(
          [...path, 'parameters', name, field],
          `Only \`description\` can be set on a parameter of a built-in handler; ${q(field)} comes from the handler.`,
        );
      }
    }
  }
  const needs = handlerCatalog[handler].requires;
  if (needs !== null && asRecord(context.state[needs]).enabled === false) {
    report(
      [...path, 'handler'],
      `Handler ${q(handler)} works on the ${needs}, but state.${needs}.enabled is false.`,
    );
  }
  if (handler === 'catalog.pairing' && typeof context.catalog.pairingAttribute !== 'string') {
    report(
      [...path, 'handler'],
      'Handler "catalog.pairing" needs catalog.pairingAttribute: the attribute listing what a product goes with.',
    );
  }
}

function argumentRules(
  tool: Record<string, unknown>,
  handler: HandlerId,
  path: PathSegment[],
  context: ToolContext,
  report: Report,
): void {
  const declared = parametersSchema.safeParse(tool.parameters ?? {});
  if (!declared.success) return;
  const shape = toolParameterShape(
    { handler, parameters: declared.data },
    context.parameters ?? defaultParameterContext,
  );
  const namesKnown =
    context.parameters !== null || (handler !== 'catalog.search' && handler !== 'catalog.facets');
  for (const [name, value] of Object.entries(asRecord(tool.arguments))) {
    const schema = shape[name];
    if (!schema) {
      if (namesKnown)
        report(
          [...path, 'arguments', name],
          `A fixed argument must name a parameter of the tool; ${q(name)} is not one. Parameters: ${quotedList(Object.keys(shape))}.`,
        );
      continue;
    }
    const result = schema.safeParse(value, { error: englishIssueMessage });
    if (!result.success) {
      report(
        [...path, 'arguments', name],
        `The fixed argument ${q(name)} is not valid for its parameter. ${result.error.issues[0]?.message ?? ''}`.trim(),
      );
    }
  }
}

/** Tool names are unique, categories declared, and handler, parameters and arguments agree. */
export function toolRules(document: Record<string, unknown>, report: Report): void {
  const tools = asArray(document.tools);
  uniqueField(tools, ['tools'], 'name', 'Tool name', report);
  uniqueField(document.toolCategories, ['toolCategories'], 'id', 'Category id', report);
  const catalog = catalogSchema.safeParse(document.catalog);
  const state = stateSchema.safeParse(document.state);
  const context: ToolContext = {
    categories: Array.isArray(document.toolCategories)
      ? document.toolCategories
          .filter(isRecord)
          .map((c) => asString(c.id))
          .filter((id) => id !== undefined)
      : null,
    parameters: catalog.success
      ? {
          attributes: catalog.data.attributes,
          maxQuantityPerLine: state.success
            ? state.data.cart.maxQuantityPerLine
            : defaultParameterContext.maxQuantityPerLine,
        }
      : null,
    state: asRecord(document.state),
    catalog: asRecord(document.catalog),
  };
  tools.forEach((tool, index) => {
    if (!isRecord(tool)) return;
    const path = ['tools', index];
    const category = asString(tool.category);
    if (category !== undefined && context.categories && !context.categories.includes(category)) {
      report(
        [...path, 'category'],
        `The category ${q(category)} is not declared in toolCategories (declared: ${quotedList(context.categories)}).`,
      );
    }
    const handler = asString(tool.handler);
    if (!handlerIds.includes(handler as HandlerId)) return;
    if (handler === 'http') httpRules(tool, path, report);
    else builtinRules(tool, handler as Exclude<HandlerId, 'http'>, path, context, report);
    argumentRules(tool, handler as HandlerId, path, context, report);
  });
}
