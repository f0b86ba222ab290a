/**
 * The printable recovery kit (DESIGN.md, "The vault"): the data key itself, in readable groups, with
 * what it is, how to keep it and how to use it. Together with the database file it opens the vault
 * even if every passphrase and the keyring are lost — so it is as sensitive as the data it protects
 * (health data: GDPR Art. 9, Art. 32(1)(b) availability and resilience, Art. 32(1)(c) restoring access).
 */
import type { Organisation } from '../shared/schemas/organisation';
import { formatParisDateTime, formatSiren } from './format';
import { renderPdf, type ReportDocument } from './pdf/document';
import type { AuditHead } from './pdf/page-frame';
import { COLOR, FONT, SIZE } from './pdf/theme';

export interface RecoveryKitPdfInput {
  organisation: Organisation;
  /** The kit as issued by the store, e.g. "DPO1-7K3M9Q-…" (groups separated by "-"). */
  kit: string;
  keyId: string;
  /** When the kit (and its key) was issued, ISO 8601. */
  createdAt: string;
  /** Where the database file lives; printed so the reader knows which file the kit opens. */
  vaultPath: string;
  /** Defaults to now. */
  generatedAt?: string;
  /** Audit-log head at printing time; omitted when printed before the log exists. */
  auditHead?: AuditHead | null;
}

/** Splits the kit into the groups the user will type; separators ("-", spaces) are not printed. */
export function kitGroups(kit: string): string[] {
  return kit
    .trim()
    .toUpperCase()
    .split(/[\s-]+/)
    .filter((group) => group !== '');
}

const GROUP_SIZE = 18;
/** Extra space between letters; kept under poppler's word-break threshold (≈ 0.1 em) so each group copies as one word. */
const TRACKING = 1.5;

/**
 * The groups in large type (DejaVu Sans Bold: DejaVu Sans Mono is not in the font package we ship;
 * the kit's alphabet has no look-alike letters, so a proportional face reads safely), each in a
 * numbered box, as many to a row as fit.
 */
function drawGroups(doc: ReportDocument, groups: readonly string[]): void {
  const { pdf } = doc;
  pdf.font(FONT.bold).fontSize(GROUP_SIZE);
  const widthOf = (group: string): number => pdf.widthOfString(group, { characterSpacing: TRACKING });
  const boxWidth = Math.max(...groups.map(widthOf)) + 18;
  const perRow = Math.max(1, Math.floor(doc.width / (boxWidth + 10)));
  const cell = doc.width / perRow;
  const rowHeight = GROUP_SIZE + 28;
  const rows = Math.ceil(groups.length / perRow);

  doc.ensureSpace(rows * rowHeight + 10);
  const top = pdf.y;
  const list = pdf.struct('L');
  doc.structure.add(list);
  groups.forEach((group, index) => {
    const x = doc.left + (index % perRow) * cell + (cell - boxWidth) / 2;
    const y = top + Math.floor(index / perRow) * rowHeight;
    doc.artifact(() => {
      pdf.roundedRect(x, y + 11, boxWidth, GROUP_SIZE + 12, 3).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
      pdf.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
      pdf.text(`Groupe ${index + 1}`, x + 1, y, { lineBreak: false });
    });
    const item = pdf.struct('LI');
    list.add(item);
    item.add(
      pdf.struct('LBody', {}, () => {
        pdf.font(FONT.bold).fontSize(GROUP_SIZE).fillColor(COLOR.ink);
        pdf.text(group, x + (boxWidth - widthOf(group)) / 2, y + 17, { lineBreak: false, characterSpacing: TRACKING });
      }),
    );
    item.end();
  });
  list.end();
  pdf.x = doc.left;
  pdf.y = top + rows * rowHeight + 8;
}

/** A framed area left blank for a handwritten note of where the kit is kept. */
function drawWhereKeptBox(doc: ReportDocument): void {
  const { pdf } = doc;
  const height = 78;
  doc.ensureSpace(height + 10);
  const y = pdf.y;
  doc.artifact(() => {
    pdf.rect(doc.left, y, doc.width, height).lineWidth(1).strokeColor(COLOR.accent).stroke();
    for (let line = 1; line <= 2; line++) {
      const ly = y + 28 + line * 20;
      pdf.moveTo(doc.left + 12, ly).lineTo(doc.left + doc.width - 12, ly).lineWidth(0.4).dash(2, { space: 3 }).strokeColor(COLOR.rule).stroke().undash();
    }
  });
  pdf.y = y + 10;
  doc.structure.add(
    pdf.struct('P', {}, () => {
      pdf.font(FONT.bold).fontSize(SIZE.h2).fillColor(COLOR.accent);
      pdf.text('Écrivez ici où ce kit est rangé', doc.left + 12, y + 10, { width: doc.width - 24 });
      pdf.font(FONT.regular).fontSize(SIZE.footer + 0.5).fillColor(COLOR.muted);
      pdf.text('(lieu, armoire ou coffre, personnes qui y ont accès, date de dépôt)', doc.left + 12, pdf.y + 1, { width: doc.width - 24 });
    }),
  );
  pdf.x = doc.left;
  pdf.y = y + height + 14;
}

export async function recoveryKitPdf(input: RecoveryKitPdfInput): Promise<Buffer> {
  const { organisation: org } = input;
  const groups = kitGroups(input.kit);
  if (groups.length < 2) {
    throw new Error('Kit de récupération vide ou illisible : générez un nouveau kit avant de l’imprimer.');
  }
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  const title = 'Kit de récupération du coffre';

  return renderPdf(
    { organisation: org, auditHead: input.auditHead ?? null, generatedAt, title, subject: `${title} — ${org.name}` },
    (doc) => {
      doc.title(title, 'DPO Workbench · document confidentiel, à imprimer puis à conserver hors ligne, sous clé');
      doc.keyValues([
        { label: 'Organisme', value: org.name },
        { label: 'SIREN', value: org.siren ? formatSiren(org.siren) : '' },
        { label: 'Kit émis le', value: `${formatParisDateTime(input.createdAt, 'Date d’émission du kit')} (heure de Paris)` },
        { label: 'Identifiant de la clé', value: input.keyId },
        { label: 'Fichier du coffre', value: input.vaultPath },
      ]);

      doc.heading('Le kit');
      doc.paragraph(
        `Saisissez les ${groups.length} groupes dans l’ordre. Les tirets, les espaces et la casse n’ont pas d’importance ; une faute de frappe est détectée avant toute ouverture du coffre.`,
        { muted: true },
      );
      drawGroups(doc, groups);
      drawWhereKeptBox(doc);

      doc.heading('À quoi sert ce kit');
      doc.paragraph(
        'Ce kit ouvre le coffre à lui seul, avec le fichier de la base de données (workbench.db), même si toutes les phrases secrètes et le trousseau de clés sont perdus. Il contient la clé de chiffrement elle-même : quiconque le détient avec une copie du fichier ou d’une sauvegarde peut lire toutes les données du coffre, y compris les données de santé.',
      );

      doc.heading('Comment le conserver');
      doc.bullets([
        'Imprimez ce document, puis supprimez le fichier PDF (et videz la corbeille) : le kit ne doit exister que sur papier.',
        'Rangez-le hors ligne et sous clé (coffre-fort, armoire fermée), à l’écart de l’ordinateur et des supports de sauvegarde.',
        'Ne le photographiez pas, ne l’envoyez pas par courriel ou messagerie, ne le déposez dans aucun stockage en ligne.',
        'Notez dans le cadre ci-dessus où il se trouve et qui peut y accéder.',
      ]);

      doc.heading('Comment l’utiliser');
      doc.bullets([
        'Dans l’application : sur l’écran de déverrouillage, cliquez sur le lien « Kit de récupération », saisissez le kit puis choisissez une nouvelle phrase secrète.',
        'En ligne de commande : « dpo unlock --recovery », puis saisissez le kit lorsqu’il est demandé.',
      ]);

      doc.heading('Quand il devient caduc');
      doc.paragraph(
        'Une rotation de la clé de chiffrement émet un nouveau kit : celui-ci n’ouvre alors plus le coffre en service. Rangez le nouveau kit à la même place. Celui-ci ouvre encore les sauvegardes faites avant la rotation (elles portent l’identifiant de clé ci-dessus) : gardez-le sous clé jusqu’à ce que ces sauvegardes soient supprimées, puis détruisez-le (broyeur).',
      );
    },
  );
}
