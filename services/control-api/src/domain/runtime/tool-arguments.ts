import type { RuntimeDataHandlerId } from '@scenaro/api-contract';
import { type Orientation, parameterContext, toolParameterShape } from '@scenaro/orientation';
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../../errors.js';

/**
 * The arguments of a handler call, validated against the handler's parameters as the pinned
 * orientation derives them (its catalogue filters, its quantity limits). The runtime has
 * already applied the tool's fixed arguments, so every parameter may appear; anything else —
 * a tenant or session id above all — is refused. A handler no tool of the orientation uses is
 * refused too: the LLM only reaches the handlers its orientation binds.
 */
export function readToolArguments(
  orientation: Orientation,
  handler: RuntimeDataHandlerId,
  input: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (!orientation.tools.some((tool) => tool.handler === handler)) {
    throw new AppError('forbidden', 'This assistant has no such tool.', {
      details: [{ path: 'params.handler', message: `no tool of the orientation uses ${handler}` }],
    });
  }
  const schema = z.strictObject(
    toolParameterShape({ handler, parameters: {} }, parameterContext(orientation)),
  );
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.flatMap((issue): ErrorDetail[] => {
    const at = ['arguments', ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${at}.${key}`,
        message: 'is not an allowed field',
      }));
    }
    return [{ path: at, message: issue.message }];
  });
  const first = details[0];
  const what = first ? first.path.replace(/^arguments\.?/, '') || 'the request' : 'the request';
  const problem = first?.message === 'is not an allowed field' ? 'is not allowed' : 'is not valid';
  throw new AppError('invalid_request', `The request was refused: ${what} ${problem}.`, {
    details,
  });
}
