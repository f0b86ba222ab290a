/**
 * Desktop notifications (seam for deadline reminders: the Art. 33(1) 72-hour clock, Art. 12(3)
 * one-month answers). The Electron implementation shows system notifications; the in-memory one
 * records them for tests. Notification texts must not contain personal data: they can appear on a
 * locked screen (GDPR Art. 32).
 */

export interface DeskNotification {
  title: string;
  body: string;
}

export interface Notifier {
  /** False when the system cannot show notifications (the app then relies on its own dashboard). */
  isSupported(): boolean;
  /** Shows the notification; returns false when it could not be shown. */
  notify(notification: DeskNotification): boolean;
}

/** The parts of Electron's `Notification` class used here. */
export interface NotificationClass {
  new (options: { title: string; body: string; silent?: boolean }): { show(): void };
  isSupported(): boolean;
}

export function electronNotifier(NotificationCtor: NotificationClass): Notifier {
  return {
    isSupported: () => NotificationCtor.isSupported(),
    notify({ title, body }) {
      if (!NotificationCtor.isSupported()) return false;
      new NotificationCtor({ title, body, silent: false }).show();
      return true;
    },
  };
}

/** Records every notification; `supported: false` simulates a system without notifications. */
export class InMemoryNotifier implements Notifier {
  readonly sent: DeskNotification[] = [];
  constructor(private readonly supported = true) {}
  isSupported(): boolean {
    return this.supported;
  }
  notify(notification: DeskNotification): boolean {
    if (!this.supported) return false;
    this.sent.push({ ...notification });
    return true;
  }
}
