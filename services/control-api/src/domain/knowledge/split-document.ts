import type { KnowledgeContentType } from '@scenaro/api-contract';

/** One retrievable slice of a document. */
export interface SplitPassage {
  /** Heading path joined with " › " ("Livraison et retrait › Click-and-collect"); "" if none. */
  heading: string;
  text: string;
}

/** Passages aim at this many characters: enough context to answer, short enough to read aloud. */
export const TARGET_PASSAGE_CHARS = 800;
/**
 * A single sentence longer than this is cut between words all the same: past it the text is no
 * longer prose (a list without punctuation, a dump) and one huge passage would drown the rest.
 */
export const MAX_SENTENCE_CHARS = 3 * TARGET_PASSAGE_CHARS;

export const HEADING_SEPARATOR = ' › ';

interface Section {
  path: string[];
  blocks: string[];
}

/**
 * Splits a document into passages. Markdown: one section per `#`, `##` or `###` heading, each
 * keeping its heading path; plain text: one section. Sections are cut on paragraph boundaries
 * into passages of about TARGET_PASSAGE_CHARS, and a paragraph longer than that is cut between
 * sentences, never inside one.
 */
export function splitDocument(content: string, contentType: KnowledgeContentType): SplitPassage[] {
  const lines = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const sections = contentType === 'text/markdown' ? markdownSections(lines) : plainSections(lines);
  return sections.flatMap((section) =>
    packBlocks(section.blocks).map((text) => ({
      heading: section.path.join(HEADING_SEPARATOR),
      text,
    })),
  );
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

function markdownSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  const path: string[] = [];
  let current: Section = { path: [], blocks: [] };
  let paragraph: string[] = [];
  let inFence = false;

  const endParagraph = () => {
    const block = joinLines(paragraph, inFence);
    if (block) current.blocks.push(block);
    paragraph = [];
  };

  for (const line of lines) {
    if (FENCE.test(line)) {
      // A fenced block is one paragraph, kept verbatim; `#` inside it is not a heading.
      if (inFence) {
        paragraph.push(line);
        endParagraph();
        inFence = false;
      } else {
        endParagraph();
        paragraph.push(line);
        inFence = true;
      }
      continue;
    }
    if (inFence) {
      paragraph.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[1].length <= 3) {
      endParagraph();
      sections.push(current);
      const level = heading[1].length;
      path.length = Math.min(path.length, level - 1);
      // A skipped level (`#` then `###`) leaves no empty step in the path.
      path.push(cleanInline(heading[2] ?? ''));
      current = { path: path.filter(Boolean), blocks: [] };
      continue;
    }
    if (heading) {
      // `####` and deeper stay inside their section, as a paragraph of their own.
      endParagraph();
      paragraph.push(heading[2] ?? '');
      endParagraph();
      continue;
    }
    if (line.trim() === '' || /^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
      endParagraph();
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  sections.push(current);
  return sections.filter((section) => section.blocks.length > 0);
}

function plainSections(lines: string[]): Section[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() === '') {
      const block = joinLines(paragraph, false);
      if (block) blocks.push(block);
      paragraph = [];
    } else {
      paragraph.push(line);
    }
  }
  return blocks.length > 0 ? [{ path: [], blocks }] : [];
}

/** Starts of lines that must stay on their own line: list items, table rows, quotes. */
const LINE_START = /^\s*([-*+]\s|\d+[.)]\s|\||>)/;

/**
 * Joins the lines of one paragraph: wrapped prose becomes one line, while list items, table
 * rows and fenced code keep their line breaks.
 */
function joinLines(lines: string[], verbatim: boolean): string {
  if (verbatim) return lines.join('\n').trim();
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const last = out.length - 1;
    if (last >= 0 && !LINE_START.test(raw)) out[last] = `${out[last]} ${line}`;
    else out.push(line);
  }
  return out
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Heading text without inline markup (`**`, `_`, backticks, links). */
function cleanInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Packs paragraphs into passages of about TARGET_PASSAGE_CHARS, cutting long ones by sentence. */
function packBlocks(blocks: string[]): string[] {
  const pieces = blocks.flatMap((block) =>
    block.length <= TARGET_PASSAGE_CHARS ? [{ text: block, joiner: '\n\n' }] : splitLong(block),
  );
  const passages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (!current) {
      current = piece.text;
    } else if (
      current.length + piece.joiner.length + piece.text.length <= TARGET_PASSAGE_CHARS ||
      // "…cinq conditions :" introduces what follows: never leave it at the end of a passage.
      current.endsWith(':')
    ) {
      current += piece.joiner + piece.text;
    } else {
      passages.push(current);
      current = piece.text;
    }
  }
  if (current) passages.push(current);
  return passages;
}

/**
 * Cuts a long paragraph into sentences, each with what joins it to the text before it: a blank
 * line for the paragraph's first, a line break after a list item or table row, else a space.
 */
function splitLong(block: string): { text: string; joiner: string }[] {
  return sentencesOf(block).flatMap((sentence, index) =>
    cutOversized(sentence.text).map((text, part) => ({
      text,
      joiner: index === 0 && part === 0 ? '\n\n' : part === 0 ? sentence.joiner : ' ',
    })),
  );
}

/**
 * Sentences end with `.`, `!`, `?` or `…` (optionally followed by a closing quote or bracket)
 * before a space and what can start a sentence; a line break (list item, table row) also ends
 * one. Decimal numbers ("12,90 €", "3.5") and abbreviations followed by a lower-case word stay
 * whole.
 */
function sentencesOf(block: string): { text: string; joiner: string }[] {
  const sentences: { text: string; joiner: string }[] = [];
  const boundary = /([.!?…]+[»")\]]*)[ \t]+(?=[«"(\p{Lu}\p{N}*_-])|\n+/gu;
  let start = 0;
  let joiner = '';
  for (const match of block.matchAll(boundary)) {
    const end = match.index + (match[1]?.length ?? 0);
    const text = block.slice(start, end).trim();
    if (text) sentences.push({ text, joiner });
    joiner = match[0].startsWith('\n') ? '\n' : ' ';
    start = match.index + match[0].length;
  }
  const text = block.slice(start).trim();
  if (text) sentences.push({ text, joiner });
  return sentences;
}

/** The last resort for a "sentence" longer than MAX_SENTENCE_CHARS: cut between words. */
function cutOversized(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > TARGET_PASSAGE_CHARS) {
    const space = rest.lastIndexOf(' ', TARGET_PASSAGE_CHARS);
    const at = space > TARGET_PASSAGE_CHARS / 2 ? space : TARGET_PASSAGE_CHARS;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}
