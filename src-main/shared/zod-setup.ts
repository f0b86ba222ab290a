import { z } from 'zod';

/**
 * French validation messages everywhere (zod 4 locale), with a plainer sentence for a missing field.
 * Imported once by every entry point (service, CLI, renderer).
 */
export function configureZodFrench(): void {
  z.config(z.locales.fr());
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'Ce champ est obligatoire.';
      return undefined;
    },
  });
}
