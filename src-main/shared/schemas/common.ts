import { z } from 'zod';

/** Identifiers are opaque strings produced by the store (ULID-like, sortable by creation time). */
export const Id = z.string().min(1).max(64).regex(/^[0-9A-Za-z_-]+$/, 'Identifiant invalide.');

/** An instant, stored and exchanged as an ISO 8601 string with offset (UTC in the store). */
export const Instant = z.iso.datetime({ offset: true, message: 'Date et heure invalides (format ISO 8601 attendu, ex. 2026-03-05T14:30:00+01:00).' });

/** A calendar date, `YYYY-MM-DD`, with a real calendar check (no 31 February). */
export const CalendarDate = z.iso.date({ message: 'Date invalide (format attendu : AAAA-MM-JJ).' });

export const NonEmpty = (max = 500) =>
  z.string().trim().min(1, 'Ce champ est obligatoire.').max(max, `Ce champ dépasse ${max} caractères.`);

export const OptionalText = (max = 5000) => z.string().trim().max(max, `Ce champ dépasse ${max} caractères.`).default('');

export const Email = z.email({ message: 'Adresse électronique invalide.' });

/** Luhn check used by INSEE for SIREN numbers. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(value[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const Siren = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine(isValidSiren, 'SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle (vérifiez sur l’avis de situation INSEE).');

export const PostalAddress = z.object({
  street: NonEmpty(200),
  postalCode: z.string().trim().min(1, 'Ce champ est obligatoire.').max(20),
  city: NonEmpty(100),
  country: z.string().trim().min(2).max(100).default('France'),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** A generated document travelling through the API (PDF, XLSX, ICS…). */
export const FileOutput = z.object({
  filename: z.string(),
  mime: z.string(),
  base64: z.string(),
  sha256: z.string().length(64),
});
export type FileOutput = z.infer<typeof FileOutput>;

export const Empty = z.object({}).strict().default({});
export const Nothing = z.null();
