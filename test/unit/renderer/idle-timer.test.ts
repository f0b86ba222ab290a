import { describe, expect, it } from 'vitest';
import { autoLockDelayMs, createIdleTimer, type IdleTimerDeps } from '../../../src-renderer/session/idle-timer';

/** A hand-driven clock: `advance` runs the timers that fall due. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const deps: IdleTimerDeps = {
    now: () => now,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const target = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = target;
  };
  return { deps, advance };
}

describe('auto-lock after inactivity', () => {
  it('locks once the delay passes without activity', () => {
    const clock = manualClock();
    let locked = 0;
    createIdleTimer(15 * 60_000, () => locked++, clock.deps);
    clock.advance(15 * 60_000 - 1);
    expect(locked).toBe(0);
    clock.advance(1);
    expect(locked).toBe(1);
    clock.advance(60 * 60_000);
    expect(locked).toBe(1);
  });

  it('restarts the countdown on each mouse or keyboard activity', () => {
    const clock = manualClock();
    let locked = 0;
    const timer = createIdleTimer(10 * 60_000, () => locked++, clock.deps);
    clock.advance(9 * 60_000);
    timer.touch();
    clock.advance(9 * 60_000);
    expect(locked).toBe(0);
    clock.advance(60_000);
    expect(locked).toBe(1);
  });

  it('does nothing once disposed (user locked by hand, or logged out)', () => {
    const clock = manualClock();
    let locked = 0;
    const timer = createIdleTimer(60_000, () => locked++, clock.deps);
    timer.dispose();
    clock.advance(10 * 60_000);
    expect(locked).toBe(0);
  });

  it('treats 0 minutes as never', () => {
    expect(autoLockDelayMs(0)).toBeNull();
    expect(autoLockDelayMs(null)).toBeNull();
    expect(autoLockDelayMs(5)).toBe(300_000);
  });
});
