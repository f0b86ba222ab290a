/**
 * The multi-year audit plan (3 to 5 years): which plan, its coverage chart, its calendar and its
 * audits. The plan shown is in the URL (`?plan=`), so a link from the dashboard opens the right one.
 */
import { Button, Loader, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditPlanDetail } from '../../../../src-main/shared/schemas/control';
import { useMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { parisToday } from '../common/calendar-day';
import { choosePlan } from './plan-view';
import { PlanFormModal } from './PlanFormModal';
import { PlanView } from './PlanView';

export function PlanSection() {
  const t = useT();
  const { user } = useUnlockedSession();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const plans = useMethod('control.planList');
  const currentYear = Number(parisToday().slice(0, 4));
  const canEdit = canCall(user.role, 'control.planCreate');
  const chosen = choosePlan(plans.data ?? [], params.get('plan'), currentYear);
  const show = (plan: AuditPlanDetail) => {
    setCreating(false);
    setParams({ plan: plan.id }, { replace: true });
  };

  return (
    <Stack gap="md">
      <div className="ctl-toolbar">
        {plans.data && plans.data.length > 0 && (
          <Select
            label={t('control.plan.choose')}
            value={chosen?.id ?? null}
            onChange={(v) => v && setParams({ plan: v }, { replace: true })}
            data={plans.data.map((p) => ({ value: p.id, label: t('control.plan.option', { title: p.title, from: p.startYear, to: p.endYear }) }))}
            allowDeselect={false}
            w={360}
          />
        )}
        {canEdit && (
          <Button variant={plans.data?.length ? 'default' : 'filled'} onClick={() => setCreating(true)}>
            {t('control.plan.new')}
          </Button>
        )}
      </div>
      {plans.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.data?.length === 0 && <Text size="sm">{t('control.plan.empty')}</Text>}
      {chosen && <PlanView key={chosen.id} planId={chosen.id} canEdit={canEdit} currentYear={currentYear} />}
      {creating && <PlanFormModal opened plan={null} defaultStartYear={currentYear} onClose={() => setCreating(false)} onSaved={show} />}
    </Stack>
  );
}
