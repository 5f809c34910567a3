import type {
  RuntimeDataHandlerId,
  RuntimeToolResponse,
  RuntimeToolResult,
} from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { sessionEnded } from '../sessions/session-errors.js';
import { runtimeSession } from './runtime-session.js';
import { readToolArguments } from './tool-arguments.js';
import { catalogCompareTool } from './tools/catalog-compare.js';
import { catalogFacetsTool } from './tools/catalog-facets.js';
import { catalogGetTool } from './tools/catalog-get.js';
import { catalogOccasionTool } from './tools/catalog-occasion.js';
import { catalogPairingTool } from './tools/catalog-pairing.js';
import { catalogSearchTool } from './tools/catalog-search.js';
import { knowledgeAskTool } from './tools/knowledge-ask.js';
import type { ToolArguments, ToolContext } from './tools/tool-context.js';

const handlers: {
  [H in RuntimeDataHandlerId]: (
    context: ToolContext,
    args: ToolArguments,
  ) => Promise<RuntimeToolResult<H>>;
} = {
  'catalog.search': catalogSearchTool,
  'catalog.get': catalogGetTool,
  'catalog.facets': catalogFacetsTool,
  'catalog.pairing': catalogPairingTool,
  'catalog.occasion': catalogOccasionTool,
  'catalog.compare': catalogCompareTool,
  'knowledge.ask': knowledgeAskTool,
};

/**
 * Runs a data handler for a session: the tenant and the orientation come from the session row,
 * the arguments are checked against the pinned orientation's parameters for that handler.
 */
export async function runDataHandler<H extends RuntimeDataHandlerId>({
  db,
  sessionId,
  handler,
  args,
}: {
  db: Db;
  sessionId: string;
  handler: H;
  args: Readonly<Record<string, unknown>>;
}): Promise<RuntimeToolResponse<H>> {
  const session = await runtimeSession({ db, sessionId });
  if (session.status === 'ended') throw sessionEnded();
  const { orientation } = session.orientation;
  const parsed = readToolArguments(orientation, handler, args);
  const run = handlers[handler] as (
    context: ToolContext,
    args: ToolArguments,
  ) => Promise<RuntimeToolResult<H>>;
  const result = await run(
    { db, tenantId: session.tenantId, sessionId: session.id, orientation },
    parsed,
  );
  return { result } as RuntimeToolResponse<H>;
}
