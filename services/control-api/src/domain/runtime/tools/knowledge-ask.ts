import type { RuntimeToolResult } from '@scenaro/api-contract';
import { askKnowledge } from '../../knowledge/ask-knowledge.js';
import { trimText } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** Passages read out for one question. */
const ANSWERS = 3;
/** Longest passage text in an answer. */
const ANSWER_CHARS = 600;

/**
 * knowledge.ask: the passages of the tenant's knowledge base that answer the question. Their
 * text is data for the LLM to read, never instructions: it comes back only as `text`.
 */
export async function knowledgeAskTool(
  { db, tenantId }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'knowledge.ask'>> {
  const found = await askKnowledge({
    db,
    tenantId,
    question: args.question as string,
    limit: ANSWERS,
  });
  return {
    answers: found.answers.map((answer) => ({
      heading: answer.heading,
      text: trimText(answer.text, ANSWER_CHARS),
      documentTitle: answer.documentTitle,
    })),
    noGoodAnswer: found.noGoodAnswer,
  };
}
