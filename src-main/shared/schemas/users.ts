import { z } from 'zod';
import { ROLES } from '../roles';
import { Id, NonEmpty } from './common';

export const Role = z.enum(ROLES, { message: 'Rôle inconnu : choisissez dpo, security ou compliance.' });

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, "Identifiant invalide : 2 à 40 caractères, lettres minuscules, chiffres, « . », « _ » ou « - ».");

/** Minimum accepted by the service; the UI also shows a strength estimate. */
export const PASSPHRASE_MIN_LENGTH = 12;
export const Passphrase = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `La phrase secrète doit compter au moins ${PASSPHRASE_MIN_LENGTH} caractères.`)
  .max(1024, 'La phrase secrète ne doit pas dépasser 1024 caractères.');

export const User = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserAddInput = z.object({
  username: Username,
  displayName: NonEmpty(200),
  role: Role,
  passphrase: Passphrase,
});

export const UserRemoveInput = z.object({ username: Username });

export const ChangePassphraseInput = z.object({
  current: z.string().min(1, 'Saisissez votre phrase secrète actuelle.'),
  next: Passphrase,
});
