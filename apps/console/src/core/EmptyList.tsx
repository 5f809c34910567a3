import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceDefinition, useTranslate } from 'react-admin';

/** A list with nothing in it yet: says so, and offers to create the first one when allowed. */
export function EmptyList({ resource, message }: { resource: string; message?: string }) {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition({ resource });
  const { canAccess } = useCanAccess({ action: 'create', resource });
  const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
  return (
    <Box sx={{ textAlign: 'center', py: 6, width: '100%' }} data-testid="empty-list">
      <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" color="text.secondary" gutterBottom>
        {translate(message ?? 'scenaro.empty.title', { name: name.toLowerCase() })}
      </Typography>
      {hasCreate && canAccess && <CreateButton resource={resource} variant="contained" />}
    </Box>
  );
}
