/**
 * The processor register (XLSX or PDF). Reads the processors, their contracts and the audit head in
 * one transaction, renders outside it, then records the export in the audit log (Art. 5(2)).
 */
import { parisDateOf } from '../../core/time';
import { DomainError } from '../../shared/errors';
import { auditHead } from '../../store/audit-log';
import { readOrganisation } from '../../store/repos/organisation';
import { processingsOfProcessor } from '../../store/repos/processings';
import { contractsByProcessor, documentMetas, listProcessors } from '../../store/repos/processors';
import type { PartialHandlers } from '../context';
import { processorDetail } from './processor-view';

export const processorExportHandlers: PartialHandlers<'processor.exportRegister'> = {
  'processor.exportRegister': async (input, ctx) => {
    const vault = ctx.session.vault();
    const today = parisDateOf(ctx.now);
    const data = vault.transaction(() => {
      const organisation = readOrganisation(vault.db);
      if (!organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document.');
      const contracts = contractsByProcessor(vault.db);
      const documents = documentMetas(vault.db);
      const processors = listProcessors(vault.db).map((p) =>
        processorDetail(p, { contracts: contracts.get(p.id) ?? [], documents, today }, processingsOfProcessor(vault.db, p.id)),
      );
      return { organisation, auditHead: auditHead(vault.db), generatedAt: ctx.now.toISOString(), today, processors };
    });
    const { toFileOutput, MIME } = await import('../../reports/file-output');
    let buffer: Buffer;
    if (input.format === 'pdf') {
      const { processorRegisterPdf } = await import('../../reports/processors/register-pdf');
      buffer = await processorRegisterPdf(data);
    } else {
      const { processorRegisterXlsx } = await import('../../reports/processors/register-xlsx');
      buffer = await processorRegisterXlsx(data);
    }
    const file = toFileOutput(`registre-sous-traitants-${today}.${input.format}`, MIME[input.format], buffer);
    vault.transaction(() =>
      ctx.audit('processor.exportRegister', 'processor', 'register', null, { format: input.format, count: data.processors.length, sha256: file.sha256 }),
    );
    return file;
  },
};
