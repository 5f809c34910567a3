import type { HandlerCall } from '../tool-context.js';

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * shop.info: answered from the tenant's variable values, no API call. A topic picks the
 * variable of that name, else the variables whose name or label mention it; no topic (or no
 * match) returns them all, so the LLM can still answer.
 */
export function shopInfoHandler(call: HandlerCall) {
  const { variables, orientation } = call.bindings;
  const available = Object.entries(variables).filter(([, value]) => value !== null && value !== '');
  const topic = typeof call.args.topic === 'string' ? normalise(call.args.topic) : '';
  let matches = available;
  if (topic) {
    const exact = available.filter(([name]) => name === topic);
    const words = topic.split('_').filter((word) => word.length >= 3);
    const related = available.filter(([name]) => {
      const haystack = `${name}_${normalise(orientation.variables[name]?.label ?? '')}`;
      return haystack.includes(topic) || words.some((word) => haystack.includes(word));
    });
    matches = exact.length > 0 ? exact : related.length > 0 ? related : available;
  }
  return {
    information: Object.fromEntries(
      matches.map(([name, value]) => [name, typeof value === 'string' ? value.trim() : value]),
    ),
  };
}
