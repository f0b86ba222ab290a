/** A chosen file as base64 for the contract (documents, register import), read in the renderer. */

/** Base64 of raw bytes, in chunks so a 20 MB file does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Whether a file is over a byte limit (checked before reading it: no point sending 80 MB to be refused). */
export function tooLarge(file: { size: number }, maxBytes: number): boolean {
  return file.size > maxBytes;
}

/** Size in megabytes with one decimal, for messages (« 21,4 Mo »). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
