import { DomainError } from '../shared/errors';
import type { Output, ParsedInput, MethodName } from '../shared/contract';
import type { User } from '../shared/schemas/users';
import type { Vault } from '../store/vault';
import type { ServiceOptions } from './types';

/** The unlocked session of a Service: one vault, one user. */
export class Session {
  private current: { vault: Vault; user: User } | null = null;

  get isOpen(): boolean {
    return this.current !== null;
  }

  vault(): Vault {
    if (!this.current) throw new DomainError('VAULT_LOCKED');
    return this.current.vault;
  }

  user(): User {
    if (!this.current) throw new DomainError('VAULT_LOCKED');
    return this.current.user;
  }

  maybeUser(): User | null {
    return this.current?.user ?? null;
  }

  open(vault: Vault, user: User): void {
    this.close();
    this.current = { vault, user };
  }

  close(): void {
    this.current?.vault.close();
    this.current = null;
  }
}

export interface HandlerContext {
  readonly now: Date;
  readonly options: ServiceOptions;
  readonly session: Session;
  /** Appends an audit row for the current user, inside the current transaction. */
  audit(action: string, entityType: string, entityId: string, before?: unknown, after?: unknown): void;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };
export type PartialHandlers<K extends MethodName> = { [M in K]: Handler<M> };
