import type { HandlerTable } from '../context';
import { foundationHandlers } from './foundation';
import { sessionHandlers } from './session';

/** One handler per contract method: the type forces the table to match the contract exactly. */
export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...foundationHandlers,
};
