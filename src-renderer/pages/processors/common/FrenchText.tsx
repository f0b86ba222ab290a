/**
 * A sentence written by the service in French (alert, missing field, DPIA summary). Marked `lang="fr"`
 * so a screen reader reads it in French when the interface is in English.
 */
import type { ReactNode } from 'react';

export function FrenchText({ children }: { children: ReactNode }) {
  return (
    <span lang="fr" className="wb-fr-text">
      {children}
    </span>
  );
}
