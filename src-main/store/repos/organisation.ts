import type { Organisation } from '../../shared/schemas/organisation';
import type { Db } from '../sqlite';

/** Organisation as validated by the contract (SIREN already normalised). */
export type OrganisationRecord = Omit<Organisation, 'updatedAt' | 'missing'>;

/** Fields a CNIL-facing document needs (Art. 30(1)(a), 33(3)(b)), with their French labels. */
export function missingOrganisationFields(o: OrganisationRecord): string[] {
  const checks: [string, string][] = [
    ['Raison sociale', o.name],
    ['SIREN', o.siren],
    ['Adresse', o.address.street],
    ['Code postal', o.address.postalCode],
    ['Ville', o.address.city],
    ['Nom du DPO', o.dpoName],
    ['Courriel du DPO', o.dpoEmail],
  ];
  return checks.filter(([, v]) => v.trim() === '').map(([label]) => label);
}

interface OrgRow {
  name: string;
  siren: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  alsace_moselle: number;
  updated_at: string;
}

export function readOrganisation(db: Db): Organisation | null {
  const r = db.prepare('SELECT * FROM organisation WHERE id = 1').get() as OrgRow | undefined;
  if (!r) return null;
  const org: OrganisationRecord = {
    name: r.name,
    siren: r.siren,
    address: { street: r.street, postalCode: r.postal_code, city: r.city, country: r.country },
    dpoName: r.dpo_name,
    dpoEmail: r.dpo_email,
    dpoPhone: r.dpo_phone,
    alsaceMoselle: r.alsace_moselle === 1,
  };
  return { ...org, updatedAt: r.updated_at, missing: missingOrganisationFields(org) };
}

export function writeOrganisation(db: Db, o: OrganisationRecord, now: string): Organisation {
  db.prepare(
    `INSERT INTO organisation (id, name, siren, street, postal_code, city, country, dpo_name, dpo_email, dpo_phone, alsace_moselle, updated_at)
     VALUES (1, @name, @siren, @street, @postalCode, @city, @country, @dpoName, @dpoEmail, @dpoPhone, @alsaceMoselle, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, siren = excluded.siren, street = excluded.street,
       postal_code = excluded.postal_code, city = excluded.city, country = excluded.country, dpo_name = excluded.dpo_name,
       dpo_email = excluded.dpo_email, dpo_phone = excluded.dpo_phone, alsace_moselle = excluded.alsace_moselle,
       updated_at = excluded.updated_at`,
  ).run({
    name: o.name,
    siren: o.siren,
    street: o.address.street,
    postalCode: o.address.postalCode,
    city: o.address.city,
    country: o.address.country,
    dpoName: o.dpoName,
    dpoEmail: o.dpoEmail,
    dpoPhone: o.dpoPhone,
    alsaceMoselle: o.alsaceMoselle ? 1 : 0,
    updatedAt: now,
  });
  return { ...o, updatedAt: now, missing: missingOrganisationFields(o) };
}
