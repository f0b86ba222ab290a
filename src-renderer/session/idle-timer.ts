/**
 * Fires `onIdle` once nobody has touched the mouse or keyboard for `timeoutMs`. Activity only
 * records a timestamp (cheap on every mouse move); the single timer re-arms itself for what is left.
 * Clock and timers are parameters so the rule is tested without waiting.
 */
export interface IdleTimerDeps {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface IdleTimer {
  /** Records user activity (mouse, keyboard): the countdown restarts. */
  touch: () => void;
  dispose: () => void;
}

export function createIdleTimer(timeoutMs: number, onIdle: () => void, deps: IdleTimerDeps): IdleTimer {
  let last = deps.now();
  let handle: unknown = null;
  let disposed = false;

  const arm = (ms: number) => {
    handle = deps.setTimer(check, ms);
  };
  function check() {
    if (disposed) return;
    const idleFor = deps.now() - last;
    if (idleFor >= timeoutMs) {
      disposed = true;
      onIdle();
    } else {
      arm(timeoutMs - idleFor);
    }
  }
  arm(timeoutMs);

  return {
    touch: () => {
      last = deps.now();
    },
    dispose: () => {
      disposed = true;
      if (handle !== null) deps.clearTimer(handle);
    },
  };
}

/** 0 (or nothing) means never: Settings.autoLockMinutes (shared/schemas/vault.ts). */
export function autoLockDelayMs(minutes: number | null | undefined): number | null {
  if (minutes === null || minutes === undefined || minutes <= 0) return null;
  return minutes * 60_000;
}
