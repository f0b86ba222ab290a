/** A small coloured label (status, severity, priority): text first, the colour only repeats it. */
import type { ReactNode } from 'react';
import type { Tone } from './tones';

export function Chip({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <span className={`ctl-chip ctl-tone-${tone}`} title={title}>
      {children}
    </span>
  );
}
