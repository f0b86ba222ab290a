import type { HandlerTable } from '../context';
import { breachHandlers } from './breach';
import { controlHandlers } from './control';
import { dashboardHandlers } from './dashboard';
import { foundationHandlers } from './foundation';
import { processingHandlers } from './processing';
import { processorHandlers } from './processor';
import { reportHandlers } from './report';
import { requestHandlers } from './request';
import { sessionHandlers } from './session';

/** One handler per contract method: the type forces the table to match the contract exactly. */
export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...breachHandlers,
  ...foundationHandlers,
  ...requestHandlers,
  ...controlHandlers,
  ...processorHandlers,
  ...processingHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
};
