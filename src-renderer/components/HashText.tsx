/** A SHA-256 (or any long hex) shown whole, in monospace, wrapping instead of overflowing. */
export function HashText({ value }: { value: string }) {
  return <code className="hash">{value}</code>;
}
