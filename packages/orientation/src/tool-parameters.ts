import { z } from 'zod';
import { handlerCatalog, type ParameterContext } from './handlers.js';
import type { Orientation, Tool, ToolParameter } from './schema.js';
import type { ParameterShape } from './search-filters.js';
import { renderTemplate } from './template.js';
import type { VariableValues } from './variable-types.js';

/** What the parameters of an orientation's tools depend on. */
export function parameterContext(orientation: Orientation): ParameterContext {
  return {
    attributes: orientation.catalog.attributes,
    maxQuantityPerLine: orientation.state.cart.maxQuantityPerLine,
  };
}

function declaredParameter(declaration: ToolParameter): z.ZodType {
  let schema: z.ZodType;
  if (declaration.enum) {
    schema = z.literal(declaration.enum as [string | number, ...(string | number)[]]);
  } else if (declaration.type === 'integer') schema = z.number().int();
  else if (declaration.type === 'number') schema = z.number();
  else if (declaration.type === 'boolean') schema = z.boolean();
  else if (declaration.type === 'string') schema = z.string().max(1000);
  // Only reachable while validating a document whose declaration lacks a type.
  else schema = z.unknown();
  if (declaration.description) schema = schema.describe(declaration.description);
  return declaration.required ? schema : schema.optional();
}

/** Every parameter of a tool, fixed ones included (descriptions not yet overridden). */
export function toolParameterShape(
  tool: Pick<Tool, 'handler' | 'parameters'>,
  context: ParameterContext,
): ParameterShape {
  if (tool.handler !== 'http') return handlerCatalog[tool.handler].parameters(context);
  const shape: ParameterShape = {};
  for (const [name, declaration] of Object.entries(tool.parameters)) {
    shape[name] = declaredParameter(declaration);
  }
  return shape;
}

/**
 * The parameters the LLM sees for a tool: the handler's (or, for `http`, the declared)
 * parameters minus the fixed `arguments`, with the orientation's description overrides
 * rendered with `variables`. Pass the orientation as validated, not already rendered.
 */
export function toolParameters(
  orientation: Orientation,
  tool: Tool,
  variables: VariableValues,
): z.ZodObject<ParameterShape> {
  const visible: ParameterShape = {};
  for (const [name, schema] of Object.entries(
    toolParameterShape(tool, parameterContext(orientation)),
  )) {
    if (Object.hasOwn(tool.arguments, name)) continue;
    const description = tool.parameters[name]?.description;
    visible[name] = description ? schema.describe(renderTemplate(description, variables)) : schema;
  }
  return z.object(visible);
}

/** The arguments a handler receives: the LLM's, with the tool's fixed arguments on top. */
export function applyFixedArguments(
  tool: Pick<Tool, 'arguments'>,
  llmArguments: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return { ...llmArguments, ...tool.arguments };
}
