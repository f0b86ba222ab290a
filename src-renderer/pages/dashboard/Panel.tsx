/** A block of the dashboard: a titled section with a link to its module. */
import { Anchor, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  id: string;
  title: string;
  /** The module page, when the role may open it. */
  moreHref?: string | null;
  moreLabel?: string;
  wide?: boolean;
  children: ReactNode;
}

export function Panel({ id, title, moreHref, moreLabel, wide = false, children }: Props) {
  return (
    <section className={wide ? 'dash-panel dash-panel-wide' : 'dash-panel'} aria-labelledby={id}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {moreHref && moreLabel && (
          <Anchor component={Link} to={moreHref} size="sm">
            {moreLabel}
          </Anchor>
        )}
      </Group>
      {children}
    </section>
  );
}
