/** Ids of the handlers implemented by the agent runtime (the tools an orientation can bind). */
export const builtinHandlerIds = [
  'catalog.search',
  'catalog.get',
  'catalog.facets',
  'catalog.pairing',
  'catalog.occasion',
  'catalog.compare',
  'selection.add',
  'selection.remove',
  'selection.show',
  'cart.add',
  'cart.update',
  'cart.remove',
  'cart.show',
  'knowledge.ask',
  'shop.info',
  'session.end',
] as const;

/** A built-in handler id. */
export type BuiltinHandlerId = (typeof builtinHandlerIds)[number];

/** Every value a tool's `handler` may take: a built-in id, or `http` for a webhook tool. */
export const handlerIds = [...builtinHandlerIds, 'http'] as const;

/** A tool handler id. */
export type HandlerId = (typeof handlerIds)[number];
