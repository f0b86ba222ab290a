/** Saves a FileOutput (`{filename, mime, base64, sha256}`) through a Blob and a temporary link. */
import type { FileOutput } from '../../src-main/shared/schemas/common';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: FileOutput): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later so the browser has started reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
