/** Organisation identity and DPO contact, printed on every CNIL-facing document (Art. 30(1)(a), 33(3)(b)). */
import { Button, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Output } from '../../../src-main/shared/contract';
import { OrganisationInput } from '../../../src-main/shared/schemas/organisation';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { draftToOrganisationInput, organisationToDraft, type OrganisationDraft } from '../../components/organisation-draft';
import { OrganisationFields } from '../../components/OrganisationFields';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { Access } from '../../navigation';
import { SectionIntro } from './SectionIntro';

function OrganisationForm({ organisation, readOnly }: { organisation: Output<'organisation.get'>; readOnly: boolean }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [lang] = useLang();
  const [draft, setDraft] = useState<OrganisationDraft>(() => organisationToDraft(organisation));
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('organisation.update', {
    inlineErrors: true,
    invalidates: ['organisation.get', 'session.state'],
    onSuccess: () => notifySuccess(t('common.saved')),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = draftToOrganisationInput(draft);
    const parsed = OrganisationInput.safeParse(input);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (parsed.success) update.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <OrganisationFields
          value={draft}
          onChange={(p) => setDraft((d) => ({ ...d, ...p }))}
          errors={{ ...apiFieldErrors(update.error), ...errors }}
          readOnly={readOnly}
          organisationLegend={t('setup.organisationSection')}
          dpoLegend={t('setup.dpoSection')}
        />
        <Text size="xs" c="dimmed">
          {t('org.updatedAt', { date: formatDateTime(organisation.updatedAt, lang) })}
        </Text>
        <ErrorAlert error={update.error} />
        {!readOnly && (
          <div>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </div>
        )}
      </Stack>
    </form>
  );
}

export function OrganisationSettings({ access }: { access: Access }) {
  const t = useT();
  const organisation = useMethod('organisation.get');
  const readOnly = access !== 'write';
  return (
    <Stack>
      <SectionIntro title={t('settings.section.organisation')} readOnly={readOnly} />
      {organisation.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {organisation.isError && <ErrorAlert error={organisation.error} />}
      {organisation.data && <OrganisationForm organisation={organisation.data} readOnly={readOnly} />}
    </Stack>
  );
}
