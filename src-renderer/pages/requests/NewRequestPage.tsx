/**
 * Intake of a rights request: the receipt instant (any official channel, Europe/Paris) starts the
 * Art. 12(3) month; the strict due date is computed by the service and shown on the request's page.
 * Enter records it (from any single-line field).
 */
import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import { nowParisLocal } from '../breaches/paris-time';
import { draftToCreateInput, emptyRequestDraft, type RequestDraft } from './request-draft';
import { RequestFields } from './RequestFields';

export function NewRequestPage() {
  const t = useT();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const [draft, setDraft] = useState<RequestDraft>(() => emptyRequestDraft(nowParisLocal()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutationMethod('request.create', {
    inlineErrors: true,
    invalidates: ['request.list', 'request.dueSoon'],
    onSuccess: (request) => {
      notifySuccess(t('requests.create.done', { reference: request.reference }));
      void navigate(`/demandes/${request.id}`);
    },
  });
  if (!canCall(user.role, 'request.create')) return <AccessDeniedPage />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = draftToCreateInput(draft, t('requests.form.instantInvalid'));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) create.mutate(result.input);
  }

  const all: FieldErrors = { ...apiFieldErrors(create.error), ...errors };
  return (
    <Stack>
      <PageHeader title={t('requests.create.title')}>{t('requests.create.intro')}</PageHeader>
      <form onSubmit={submit} noValidate className="narrow-form wide">
        <Stack gap="sm">
          <RequestFields value={draft} errors={all} onChange={(p) => setDraft((d) => ({ ...d, ...p }))} autoFocusType />
          {create.isError && <ErrorAlert error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('requests.create.submit')}
            </Button>
            <Button component={Link} to="/demandes" variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
