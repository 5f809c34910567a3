export { OrientationError, type OrientationErrorCode } from './errors.js';
export {
  type BuiltinHandlerId,
  builtinHandlerIds,
  type HandlerId,
  handlerIds,
} from './handler-ids.js';
export {
  defaultParameterContext,
  type HandlerDefinition,
  type HandlerJson,
  handlerCatalog,
  handlerCatalogJson,
  type ParameterContext,
} from './handlers.js';
export { formatPath, type Issue, type PathSegment } from './issues.js';
export { orientationJsonSchema } from './json-schema.js';
export { renderOrientation } from './render-orientation.js';
export { resolveVariables } from './resolve-variables.js';
export {
  type CatalogAttribute,
  type Orientation,
  type OrientationInput,
  orientationSchema,
  type Tool,
  type ToolParameter,
  type VariableDeclaration,
} from './schema.js';
export type { ParameterShape } from './search-filters.js';
export {
  type ParseResult,
  parseOrientationSource,
  type SourceFormat,
  validateOrientationSource,
} from './source.js';
export { locatePath } from './source-positions.js';
export { stringifyOrientation } from './stringify.js';
export { findTemplateVariables, renderTemplate } from './template.js';
export {
  applyFixedArguments,
  parameterContext,
  toolParameterShape,
  toolParameters,
} from './tool-parameters.js';
export { type ValidateOptions, type ValidationResult, validateOrientation } from './validate.js';
export {
  type VariableType,
  type VariableValue,
  type VariableValues,
  variableTypes,
} from './variable-types.js';
