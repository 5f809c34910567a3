import { memo } from 'react';
import { useTranslate } from 'react-admin';
import { DocTextField, useFlagged } from './fields';
import { FieldRow, Section } from './Section';

const KEYS = ['slug', 'name', 'locale', 'description'];

export const IdentitySection = memo(function IdentitySection() {
  const translate = useTranslate();
  const flagged = useFlagged(...KEYS);
  const t = (key: string) => translate(`scenaro.orientations.form.identity.${key}`);
  return (
    <Section id="identity" title={t('title')} flagged={flagged}>
      <FieldRow>
        <DocTextField path={['slug']} label={t('slug')} help={t('slug_help')} readOnly />
        <DocTextField path={['name']} label={t('name')} />
        <DocTextField path={['locale']} label={t('locale')} help={t('locale_help')} />
      </FieldRow>
      <DocTextField path={['description']} label={t('description')} nullable multiline rows={2} />
    </Section>
  );
});
