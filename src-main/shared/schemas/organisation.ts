import { z } from 'zod';
import { Email, NonEmpty, OptionalText, PostalAddress, Siren } from './common';

/** Who the controller is and who its DPO is: printed on every CNIL-facing document (Art. 33(3)(b), Art. 30(1)(a)). */
export const OrganisationInput = z.object({
  name: NonEmpty(200).describe('Raison sociale'),
  siren: Siren.describe('SIREN'),
  address: PostalAddress,
  dpoName: NonEmpty(200).describe('Nom du délégué à la protection des données'),
  dpoEmail: Email,
  dpoPhone: OptionalText(40),
  /** Sites in Bas-Rhin, Haut-Rhin or Moselle: also show deadlines with the local holidays (L3134-13). */
  alsaceMoselle: z.boolean().default(false),
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/**
 * At creation only the name is required (`dpo init --org NAME`); what is missing is listed by
 * `organisation.get` and on every report until completed.
 */
export const OrganisationDraft = z.object({
  name: NonEmpty(200),
  siren: z.union([z.literal(''), Siren]).default(''),
  address: z
    .object({
      street: OptionalText(200),
      postalCode: OptionalText(20),
      city: OptionalText(100),
      country: z.string().trim().max(100).default('France'),
    })
    .default({ street: '', postalCode: '', city: '', country: 'France' }),
  dpoName: OptionalText(200),
  dpoEmail: z.union([z.literal(''), Email]).default(''),
  dpoPhone: OptionalText(40),
  alsaceMoselle: z.boolean().default(false),
});
export type OrganisationDraft = z.input<typeof OrganisationDraft>;

export const Organisation = z.object({
  name: z.string(),
  siren: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
  dpoName: z.string(),
  dpoEmail: z.string(),
  dpoPhone: z.string(),
  alsaceMoselle: z.boolean(),
  updatedAt: z.string(),
  /** French labels of the fields still empty that CNIL documents need. */
  missing: z.array(z.string()),
});
export type Organisation = z.infer<typeof Organisation>;
export { PostalAddress };
