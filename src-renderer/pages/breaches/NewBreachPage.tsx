/**
 * Fast capture of an incident: a title and the discovery instant (now by default) are enough; the
 * rest is completed later on the breach's page. Keyboard only: the title has the focus, Enter (or
 * Ctrl+Enter in the description) records it. Logging is not deciding: the 72-hour clock starts only
 * when awareness is set (Art. 33(1), EDPB 9/2022 « reasonable degree of certainty »).
 */
import { Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BREACH_NATURES, BREACH_NATURE_LABELS, DISCOVERY_SOURCES, DISCOVERY_SOURCE_LABELS } from '../../../src-main/core/breach-vocabulary';
import { BreachCreateInput } from '../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import { nowParisLocal, parisLocalToIso } from './paris-time';
import { ProcessingMultiSelect } from './links/ProcessingMultiSelect';
import { optionsOf, pick, pickAll } from './vocabulary-options';

export function NewBreachPage() {
  const t = useT();
  const [lang] = useLang();
  const navigate = useNavigate();
  const { user } = useUnlockedSession();
  const notifySuccess = useNotifySuccess();
  const [title, setTitle] = useState('');
  const [discoveredAt, setDiscoveredAt] = useState(() => nowParisLocal());
  const [description, setDescription] = useState('');
  const [natures, setNatures] = useState<string[]>([]);
  const [source, setSource] = useState<string | null>(null);
  const [discoveredBy, setDiscoveredBy] = useState('');
  // Optional, folded: linking the register must not slow the one-minute capture.
  const [showProcessings, setShowProcessings] = useState(false);
  const [processingIds, setProcessingIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutationMethod('breach.create', {
    inlineErrors: true,
    invalidates: ['breach.list'],
    onSuccess: (breach) => {
      notifySuccess(t('breaches.create.done', { reference: breach.reference }));
      void navigate(`/violations/${breach.id}`);
    },
  });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const at = parisLocalToIso(discoveredAt);
    const input = {
      title,
      discoveredAt: at ?? '',
      description,
      natures: pickAll(BREACH_NATURES, natures),
      discoverySource: pick(DISCOVERY_SOURCES, source),
      discoveredBy,
      processingIds,
    };
    const parsed = BreachCreateInput.safeParse(input);
    const next: Record<string, string> = parsed.success ? {} : { ...zodFieldErrors(parsed.error) };
    if (at === null) next.discoveredAt = t('breaches.form.instantInvalid');
    setErrors(next);
    if (Object.keys(next).length === 0) create.mutate(input);
  }

  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };
  const all: FieldErrors = { ...apiFieldErrors(create.error), ...errors };
  if (!canCall(user.role, 'breach.create')) return <AccessDeniedPage />;

  return (
    <Stack>
      <PageHeader title={t('breaches.create.title')}>{t('breaches.create.intro')}</PageHeader>
      <form onSubmit={submit} noValidate className="narrow-form wide">
        <Stack gap="sm">
          <TextInput label={t('breaches.field.title')} description={t('breaches.create.titleHint')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={all.title} required autoFocus maxLength={200} />
          <TextInput
            type="datetime-local"
            label={t('breaches.field.discoveredAt')}
            description={t('breaches.create.discoveredAtHint')}
            value={discoveredAt}
            onChange={(e) => setDiscoveredAt(e.currentTarget.value)}
            error={all.discoveredAt}
            required
          />
          <Textarea label={t('breaches.field.description')} description={t('breaches.create.descriptionHint')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} onKeyDown={submitOnCtrlEnter} error={all.description} autosize minRows={3} maxRows={10} />
          <Checkbox.Group label={t('breaches.field.natures')} value={natures} onChange={setNatures} error={all.natures}>
            <Stack gap={6} mt={6}>
              {optionsOf(BREACH_NATURES, BREACH_NATURE_LABELS, lang).map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <div className="form-grid">
            <Select label={t('breaches.field.discoverySource')} data={optionsOf(DISCOVERY_SOURCES, DISCOVERY_SOURCE_LABELS, lang)} value={source} onChange={setSource} clearable error={all.discoverySource} />
            <TextInput label={t('breaches.field.discoveredBy')} value={discoveredBy} onChange={(e) => setDiscoveredBy(e.currentTarget.value)} error={all.discoveredBy} maxLength={300} />
          </div>
          <div>
            <Button variant="subtle" size="compact-sm" aria-expanded={showProcessings} onClick={() => setShowProcessings((v) => !v)}>
              {t('links.create.toggle')}
            </Button>
          </div>
          {showProcessings && (
            <ProcessingMultiSelect
              label={t('links.create.processings')}
              description={t('links.create.processingsHint')}
              value={processingIds}
              onChange={setProcessingIds}
              error={all.processingIds}
            />
          )}
          {create.isError && <ErrorAlert error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('breaches.create.submit')}
            </Button>
            <Button component={Link} to="/violations" variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
