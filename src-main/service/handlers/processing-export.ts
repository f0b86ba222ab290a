/**
 * The register of processing activities (XLSX in the CNIL model layout, or PDF): Art. 30(1) for our
 * activities as controller or joint controller, Art. 30(2) for those carried out as a processor.
 * Reads in one transaction, renders outside it, then records the export in the audit log (Art. 5(2)).
 */
import { DomainError } from '../../shared/errors';
import { auditHead } from '../../store/audit-log';
import { listProcessings } from '../../store/repos/processings';
import type { PartialHandlers } from '../context';
import { registerContext, today } from './processing-record';
import { processingDetail } from './processing-view';

const ROLES_OF = { art30_1: ['controller', 'joint_controller'], art30_2: ['processor'] } as const;
const FILE_NAMES = { art30_1: 'registre-traitements', art30_2: 'registre-sous-traitance' } as const;

export const processingExportHandlers: PartialHandlers<'processing.exportRegister'> = {
  'processing.exportRegister': async (input, ctx) => {
    const vault = ctx.session.vault();
    const day = today(ctx);
    const data = vault.transaction(() => {
      const rctx = registerContext(vault.db, day);
      if (!rctx.organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document.');
      const processings = listProcessings(vault.db, { roles: ROLES_OF[input.record] }).map((e) => processingDetail(e, rctx));
      return { organisation: rctx.organisation, auditHead: auditHead(vault.db), generatedAt: ctx.now.toISOString(), record: input.record, processings };
    });
    const { toFileOutput, MIME } = await import('../../reports/file-output');
    let buffer: Buffer;
    if (input.format === 'pdf') {
      const { ropaRegisterPdf } = await import('../../reports/ropa/register-pdf');
      buffer = await ropaRegisterPdf(data);
    } else {
      const { ropaRegisterXlsx } = await import('../../reports/ropa/register-xlsx');
      buffer = await ropaRegisterXlsx(data);
    }
    const file = toFileOutput(`${FILE_NAMES[input.record]}-${day}.${input.format}`, MIME[input.format], buffer);
    vault.transaction(() =>
      ctx.audit('processing.exportRegister', 'processing', 'register', null, { record: input.record, format: input.format, count: data.processings.length, sha256: file.sha256 }),
    );
    return file;
  },
};
