/** Calls one contract method through `window.dpo` and unwraps its Result (failure → ApiError). */
import type { Input, MethodName, Output } from '../../src-main/shared/contract';
import { ApiError } from './api-error';
import { getDpo } from './dpo-host';

export async function callMethod<M extends MethodName>(name: M, input?: Input<M>): Promise<Output<M>> {
  const fn = getDpo()[name];
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
