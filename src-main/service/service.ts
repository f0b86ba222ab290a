/**
 * The service: the one entry point of every shell. For each call it checks the method exists, that
 * the session may call it (vault unlocked, role allowed), validates the input with the contract's
 * schema, runs the handler — in one transaction with its audit rows for writes — validates the
 * output, and returns a Result. It never throws.
 */
import { configureZodFrench } from '../shared/zod-setup';
import { contract, isMethodName, METHOD_NAMES, type MethodName } from '../shared/contract';
import { DomainError } from '../shared/errors';
import { fail, ok, type Result } from '../shared/result';
import { Session, type HandlerContext } from './context';
import { toFailure, zodIssues } from './errors';
import { handlers } from './handlers';
import type { Service, ServiceOptions } from './types';

configureZodFrench();

export function createService(options: ServiceOptions): Service {
  const session = new Session();
  const clock = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  async function run(name: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isMethodName(name)) return fail('UNKNOWN_METHOD', `Opération inconnue « ${name.slice(0, 80)} » : la liste complète est donnée par « dpo methods ».`);
    const def = contract[name];
    if (def.roles !== 'public') {
      const user = session.maybeUser();
      if (!user) return fail('VAULT_LOCKED', 'Le coffre est verrouillé : déverrouillez-le avec votre phrase secrète.');
      if (!(def.roles as readonly string[]).includes(user.role)) {
        return fail('FORBIDDEN', `Votre rôle (${user.role}) ne permet pas l’opération « ${name} ». Demandez-la au délégué à la protection des données.`);
      }
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('VALIDATION', 'Certaines informations sont invalides : corrigez les champs signalés puis réessayez.', zodIssues(parsed.error));
    const now = clock();
    const ctx: HandlerContext = {
      now,
      options,
      session,
      audit(action, entityType, entityId, before, after) {
        session.vault().audit({ actor: session.user().username, action, entityType, entityId, before, after });
      },
    };
    const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => unknown;
    let value: unknown;
    if (def.kind === 'write') {
      value = session.vault().transaction(() => {
        const out = handler(parsed.data, ctx);
        if (out instanceof Promise) throw new DomainError('INTERNAL', `Le gestionnaire d’écriture « ${name} » doit être synchrone.`);
        return out;
      });
    } else {
      value = await handler(parsed.data, ctx);
    }
    const out = def.output.safeParse(value);
    if (!out.success) {
      process.stderr.write(`[dpo] sortie non conforme au contrat pour ${name}: ${out.error.issues.map((i) => i.path.join('.')).join(', ')}\n`);
      return fail('INTERNAL', 'Erreur inattendue : la réponse ne respecte pas le contrat. Rien n’a été modifié si l’opération était une lecture.');
    }
    return ok(out.data);
  }

  return {
    methods: METHOD_NAMES,
    call(name: string, input: unknown): Promise<Result<unknown>> {
      // Calls are serialised: one SQLite connection, one writer, deterministic audit order.
      const next = queue.then(
        () => run(name, input).catch(toFailure),
        () => run(name, input).catch(toFailure),
      );
      queue = next;
      return next;
    },
    close() {
      session.close();
    },
  };
}

export type { MethodName };
