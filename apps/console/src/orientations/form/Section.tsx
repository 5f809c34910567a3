import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One block of the form, with an anchor the flows and the issue list can point at. */
export function Section({
  id,
  title,
  action,
  flagged = false,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  /** Some problem is reported inside this block. */
  flagged?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper
      variant="outlined"
      data-testid={`section-${id}`}
      sx={{ p: 2, mb: 2, borderColor: flagged ? 'error.main' : undefined }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography variant="h6" sx={{ flex: 1, fontSize: 17 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Paper>
  );
}

/** A responsive row of fields: side by side on a laptop, stacked on a narrow window. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'repeat(auto-fit, minmax(180px, 1fr))' },
        gap: 1.5,
        mb: 1.5,
      }}
    >
      {children}
    </Box>
  );
}
