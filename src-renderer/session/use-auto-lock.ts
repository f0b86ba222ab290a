/** Locks the vault after `minutes` without mouse or keyboard activity (0 = never). */
import { useEffect, useRef } from 'react';
import { autoLockDelayMs, createIdleTimer } from './idle-timer';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'pointerdown'] as const;

export function useAutoLock(minutes: number | null | undefined, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const delay = autoLockDelayMs(minutes);
    if (delay === null) return;
    const timer = createIdleTimer(delay, () => onIdleRef.current(), {
      now: () => Date.now(),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
    });
    const touch = () => timer.touch();
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, touch, { passive: true, capture: true });
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, touch, { capture: true });
      timer.dispose();
    };
  }, [minutes]);
}
