import { Typography } from '@mui/material';
import {
  Create,
  FileField,
  FileInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

/** Pasted text and its format only matter when no file is chosen. */
function PastedText() {
  const translate = useTranslate();
  const file = useWatch({ name: 'file' });
  if (file) return null;
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('scenaro.knowledge.or_paste')}
      </Typography>
      <SelectInput
        source="contentType"
        choices={[
          { id: 'text/markdown', name: 'Markdown' },
          { id: 'text/plain', name: translate('scenaro.knowledge.plain_text') },
        ]}
      />
      <TextInput source="content" multiline minRows={10} fullWidth />
    </>
  );
}

/** Upload a Markdown or text file, or paste a text with a title; ingestion runs afterwards. */
export function KnowledgeCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="show" title="scenaro.knowledge.upload">
      <SimpleForm defaultValues={{ contentType: 'text/markdown' }}>
        <TextInput
          source="title"
          fullWidth
          helperText={translate('scenaro.knowledge.title_help')}
        />
        <FileInput
          source="file"
          label="scenaro.knowledge.file"
          accept={{ 'text/markdown': ['.md', '.markdown'], 'text/plain': ['.txt'] }}
          multiple={false}
          placeholder={<p>{translate('scenaro.knowledge.drop')}</p>}
        >
          <FileField source="src" title="title" />
        </FileInput>
        <PastedText />
      </SimpleForm>
    </Create>
  );
}
