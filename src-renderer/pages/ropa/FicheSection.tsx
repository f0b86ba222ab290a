/** One block of the CNIL « fiche de registre », with the Art. 30 point it answers. */
import { Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function FicheSection({ title, article, children }: { title: string; article?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="wb-section" aria-labelledby={id}>
      <Title order={2} id={id} mb={article ? 0 : 'xs'}>
        {title}
      </Title>
      {article && (
        <Text size="xs" c="dimmed" mb="xs">
          {article}
        </Text>
      )}
      {children}
    </section>
  );
}
