/**
 * Breaches this processor was involved in (Art. 33(2): a processor notifies the controller without
 * undue delay), 50 most recent with the total, and the full list filtered on this processor.
 */
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ProcessorDetail } from '../../../src-main/shared/schemas/processor';
import { useT } from '../../i18n/I18nProvider';
import { moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { LinkedBreachTable } from '../breaches/links/LinkedTables';

export function ProcessorBreaches({ processor: p }: { processor: ProcessorDetail }) {
  const t = useT();
  const titleId = useId();
  const { user } = useUnlockedSession();
  const canOpen = moduleAccess(user.role, 'breaches') !== 'none';
  return (
    <section className="wb-section" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Title order={2} id={titleId}>
          {t('links.processor.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('links.processor.article')}
        </Text>
        <LinkedBreachTable rows={p.linkedBreaches} total={p.linkedBreachCount} canOpen={canOpen} empty={t('links.processor.none')} />
        {canOpen && p.linkedBreachCount > 0 && (
          <Anchor component={Link} to={`/violations?sous-traitant=${encodeURIComponent(p.id)}`} size="sm">
            {t('links.processor.all')}
          </Anchor>
        )}
      </Stack>
    </section>
  );
}
