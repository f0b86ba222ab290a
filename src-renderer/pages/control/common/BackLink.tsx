/** « ← Back to … »: a plain link to the list a detail page belongs to. */
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {children}
    </Anchor>
  );
}
