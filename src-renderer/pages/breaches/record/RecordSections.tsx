/** The full record, one collapsible section per part of the notification form (EDPB template order). */
import { Accordion } from '@mantine/core';
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { useT } from '../../../i18n/I18nProvider';
import { PartiesEditor } from './PartiesEditor';
import { SectionForm } from './SectionForm';
import { SECTIONS } from './section-specs';

export function RecordSections({ breach, editable }: { breach: BreachDetail; editable: boolean }) {
  const t = useT();
  return (
    <Accordion multiple defaultValue={['general']} variant="separated" chevronPosition="left">
      {SECTIONS.map((spec) => (
        <Accordion.Item key={spec.id} value={spec.id}>
          <Accordion.Control>{t(spec.title)}</Accordion.Control>
          <Accordion.Panel>
            {/* Keyed by the breach only, not by its stored values: a change made elsewhere (the pre-fill from
                the register) is merged into the draft, so what the user typed and has not saved stays. */}
            <SectionForm key={breach.id} breach={breach} spec={spec} editable={editable} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
      <Accordion.Item value="parties">
        <Accordion.Control>{t('breaches.section.parties')}</Accordion.Control>
        <Accordion.Panel>
          <PartiesEditor breach={breach} editable={editable} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
