import { Box, Link, Typography } from '@mui/material';
import { Fragment } from 'react';
import { keyed } from '../catalog/keyed';
import { type Block, type Inline, parseMarkdown } from './markdown';

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((inline, index) => {
        const key = `${inline.kind}-${index}`;
        switch (inline.kind) {
          case 'strong':
            return (
              <strong key={key}>
                <Inlines content={inline.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={key}>
                <Inlines content={inline.children} />
              </em>
            );
          case 'code':
            return <code key={key}>{inline.text}</code>;
          case 'link':
            return inline.href ? (
              <Link key={key} href={inline.href} target="_blank" rel="noreferrer noopener">
                <Inlines content={inline.children} />
              </Link>
            ) : (
              <Inlines key={key} content={inline.children} />
            );
          default:
            return <Fragment key={key}>{inline.text}</Fragment>;
        }
      })}
    </>
  );
}

const HEADING_VARIANTS = ['h5', 'h6', 'subtitle1', 'subtitle2', 'subtitle2', 'subtitle2'] as const;

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Typography
          variant={HEADING_VARIANTS[block.level - 1] ?? 'subtitle2'}
          component={`h${Math.min(6, block.level + 1)}` as 'h2'}
          sx={{ mt: 2, mb: 1, fontWeight: 600 }}
        >
          <Inlines content={block.content} />
        </Typography>
      );
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag style={{ marginTop: 4, marginBottom: 8 }}>
          {keyed(block.items, () => 'item').map(({ key, item }) => (
            <li key={key}>
              <Inlines content={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'quote':
      return (
        <Box
          component="blockquote"
          sx={{ borderLeft: 3, borderColor: 'divider', pl: 2, ml: 0, color: 'text.secondary' }}
        >
          <Inlines content={block.content} />
        </Box>
      );
    case 'code':
      return (
        <Box
          component="pre"
          sx={{ bgcolor: 'action.hover', p: 1, overflowX: 'auto', fontSize: 13 }}
        >
          {block.text}
        </Box>
      );
    case 'rule':
      return <hr />;
    default:
      return (
        <Typography variant="body2" sx={{ mb: 1 }}>
          <Inlines content={block.content} />
        </Typography>
      );
  }
}

/** A document's text: rendered Markdown, or plain text as written. */
export function DocumentPreview({ content, markdown }: { content: string; markdown: boolean }) {
  if (!markdown) {
    return (
      <Box
        component="pre"
        sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: 14, m: 0 }}
      >
        {content}
      </Box>
    );
  }
  return (
    <Box data-testid="markdown-preview">
      {keyed(parseMarkdown(content), (block) => block.kind).map(({ key, item: block }) => (
        <BlockView key={key} block={block} />
      ))}
    </Box>
  );
}
