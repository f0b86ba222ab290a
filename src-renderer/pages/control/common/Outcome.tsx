/**
 * The outcome of a long operation (pack ready, cancelled, failed; pack intact or not): a titled box
 * in the tones of control.css, whose contrast axe checks (Mantine's light alerts are too pale).
 */
import type { ReactNode } from 'react';
import type { Tone } from './tones';

interface Props {
  tone: Extract<Tone, 'good' | 'bad' | 'neutral'>;
  title: string;
  children: ReactNode;
}

export function Outcome({ tone, title, children }: Props) {
  return (
    <div className={`ctl-outcome ctl-tone-${tone}`} role={tone === 'bad' ? 'alert' : 'status'}>
      <div className="ctl-outcome-title">{title}</div>
      {children}
    </div>
  );
}
